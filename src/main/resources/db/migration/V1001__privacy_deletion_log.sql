-- Every account deletion: whose account (by id only), who deleted it (the person themselves or staff
-- on request), when and why. Holds no name or address, so it survives the deletion it records.
CREATE TABLE privacy_deletion_log (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    deleted_by    BIGINT        NOT NULL,
    initiated_by  VARCHAR(16)   NOT NULL,
    reason        VARCHAR(500)  NULL,
    deleted_at    TIMESTAMP(6)  NOT NULL,
    INDEX privacy_deletion_log_time_idx (deleted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
