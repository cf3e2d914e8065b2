create table employers_table_lock (
    session_id bigint not null,
    table_no int not null,
    primary key (session_id, table_no),
    constraint employers_table_lock_session_fk foreign key (session_id) references employers_session (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
