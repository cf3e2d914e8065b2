create table employers_outcome (
    id bigint not null auto_increment primary key,
    session_id bigint not null,
    account_id bigint not null,
    kind varchar(30) not null,
    occurred_on date not null,
    recorded_by bigint not null,
    created_at timestamp(6) not null,
    index employers_outcome_session_idx (session_id),
    constraint employers_outcome_session_fk foreign key (session_id) references employers_session (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
