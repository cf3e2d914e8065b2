-- One presentation card per person, reused at every session and sent with interest in a posting.
create table employers_card (
    account_id bigint not null primary key,
    presentation text not null,
    seeks text not null,
    offers text not null,
    languages varchar(200) not null,
    swedish_level varchar(20) not null,
    occupation varchar(120),
    area varchar(80),
    skills text not null,
    visible_to_participants boolean not null default false,
    suggestible boolean not null default false,
    employers_see_skills boolean not null default false,
    employers_see_languages boolean not null default true,
    employers_see_area boolean not null default false,
    employers_see_occupation boolean not null default true,
    hidden_reason varchar(500),
    updated_at timestamp(6) not null,
    version bigint not null default 0,
    constraint employers_card_account_fk foreign key (account_id) references identity_account (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
