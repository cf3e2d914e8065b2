-- One personal calendar address per person. Only the SHA-256 hash of the secret part is kept:
-- the address itself is shown to its owner once, when it is made.
CREATE TABLE events_feed_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT events_feed_token_account_uk UNIQUE (account_id),
    CONSTRAINT events_feed_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT events_feed_token_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
