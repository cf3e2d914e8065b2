-- Blocks (until lifted) and suspensions (until a time) of writers; lifting keeps the row.
CREATE TABLE moderation_block (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT        NOT NULL,
    until_at       TIMESTAMP(6)  NULL,
    justification  VARCHAR(1000) NOT NULL,
    created_by     BIGINT        NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    lifted_by      BIGINT        NULL,
    lifted_at      TIMESTAMP(6)  NULL,
    INDEX moderation_block_account_idx (account_id, lifted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
