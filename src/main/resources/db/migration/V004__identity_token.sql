CREATE TABLE identity_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    purpose    VARCHAR(24)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    CONSTRAINT identity_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT identity_token_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
