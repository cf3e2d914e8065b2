-- One conversation per pair of people (account_a < account_b). A block closes it for both.
CREATE TABLE messaging_conversation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_a       BIGINT       NOT NULL,
    account_b       BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    last_message_at TIMESTAMP(6) NULL,
    blocked_by      BIGINT       NULL,
    blocked_at      TIMESTAMP(6) NULL,
    CONSTRAINT messaging_conversation_pair_uk UNIQUE (account_a, account_b),
    INDEX messaging_conversation_b_idx (account_b),
    CONSTRAINT messaging_conversation_a_fk FOREIGN KEY (account_a) REFERENCES identity_account (id) ON DELETE CASCADE,
    CONSTRAINT messaging_conversation_b_fk FOREIGN KEY (account_b) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
