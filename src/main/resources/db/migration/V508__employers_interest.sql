create table employers_interest (
    id bigint not null auto_increment primary key,
    posting_id bigint not null,
    account_id bigint not null,
    message text not null,
    status varchar(20) not null,
    answer text,
    created_at timestamp(6) not null,
    updated_at timestamp(6) not null,
    version bigint not null default 0,
    constraint employers_interest_uk unique (posting_id, account_id),
    index employers_interest_account_idx (account_id),
    constraint employers_interest_posting_fk foreign key (posting_id) references employers_posting (id),
    constraint employers_interest_account_fk foreign key (account_id) references identity_account (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
