-- After a session: who wants to talk further with whom.
create table employers_contact (
    id bigint not null auto_increment primary key,
    session_id bigint not null,
    from_account bigint not null,
    to_account bigint not null,
    recorded_by bigint not null,
    created_at timestamp(6) not null,
    constraint employers_contact_uk unique (session_id, from_account, to_account),
    constraint employers_contact_session_fk foreign key (session_id) references employers_session (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
