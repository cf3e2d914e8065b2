-- Every moderation action: who, when, what, on what, why.
CREATE TABLE moderation_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor_id    BIGINT        NULL,
    action      VARCHAR(30)   NOT NULL,
    target      VARCHAR(140)  NOT NULL,
    reason      VARCHAR(1000) NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    INDEX moderation_log_time_idx (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
