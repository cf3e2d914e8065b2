create table employers_saved (
    posting_id bigint not null,
    account_id bigint not null,
    primary key (account_id, posting_id),
    constraint employers_saved_posting_fk foreign key (posting_id) references employers_posting (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
