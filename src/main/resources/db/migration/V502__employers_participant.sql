create table employers_participant (
    id bigint not null auto_increment primary key,
    session_id bigint not null,
    account_id bigint not null,
    role varchar(20) not null,
    employer_id bigint,
    status varchar(16) not null,
    table_no int,
    created_at timestamp(6) not null,
    constraint employers_participant_uk unique (session_id, account_id),
    index employers_participant_account_idx (account_id),
    constraint employers_participant_session_fk foreign key (session_id) references employers_session (id) on delete cascade,
    constraint employers_participant_account_fk foreign key (account_id) references identity_account (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
