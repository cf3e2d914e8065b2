-- How a person hears about each kind: MAIL_NOW, DAILY, WEEKLY or IN_APP. No row: MAIL_NOW.
CREATE TABLE notifications_preference (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    delivery   VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT notifications_preference_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
