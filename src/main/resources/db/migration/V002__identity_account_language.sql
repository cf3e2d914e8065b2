CREATE TABLE identity_account_language (
    account_id    BIGINT     NOT NULL,
    language_code VARCHAR(8) NOT NULL,
    PRIMARY KEY (account_id, language_code),
    CONSTRAINT identity_account_language_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
