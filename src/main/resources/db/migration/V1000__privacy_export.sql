-- "Download my data": one row per requested export. The ZIP is kept in the database so every node
-- can serve it, and is deleted (with the row) when it expires after seven days. busy_account_id holds
-- the account while the export is being built: the unique key allows one such export per person.
CREATE TABLE privacy_export (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    done_parts    INT          NOT NULL DEFAULT 0,
    total_parts   INT          NOT NULL DEFAULT 0,
    language      VARCHAR(8)   NOT NULL,
    requested_at  TIMESTAMP(6) NOT NULL,
    ready_at      TIMESTAMP(6) NULL,
    expires_at    TIMESTAMP(6) NULL,
    content       LONGBLOB     NULL,
    busy_account_id BIGINT     NULL,
    CONSTRAINT privacy_export_busy_uk UNIQUE (busy_account_id),
    INDEX privacy_export_account_idx (account_id, requested_at),
    INDEX privacy_export_expiry_idx (expires_at),
    CONSTRAINT privacy_export_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
