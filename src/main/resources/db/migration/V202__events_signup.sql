-- One row per person and event: the unique key makes a double click one sign-up.
CREATE TABLE events_signup (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id     BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    code         CHAR(8)      NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    checked_in_at TIMESTAMP(6) NULL,
    CONSTRAINT events_signup_person_uk UNIQUE (event_id, account_id),
    CONSTRAINT events_signup_code_uk UNIQUE (code),
    INDEX events_signup_queue_idx (event_id, status, created_at, id),
    CONSTRAINT events_signup_event_fk FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE,
    CONSTRAINT events_signup_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
