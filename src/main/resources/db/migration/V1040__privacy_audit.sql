-- The staff-access audit: who (actor), when, what kind, whose data, what exactly and where.
-- People are referenced by id only (no names, no e-mail addresses), so that deleting an account
-- leaves nothing personal here; no foreign keys, so that rows outlive the accounts they name.
-- Rows are never changed or deleted by the application (triggers V1041/V1042, grants in
-- docs/decisions/0029).
CREATE TABLE privacy_audit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    at                 TIMESTAMP(6) NOT NULL,
    actor_id           BIGINT       NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    subject_account_id BIGINT       NULL,
    what               VARCHAR(200) NOT NULL,
    place              VARCHAR(200) NOT NULL,
    INDEX privacy_audit_at_idx (at),
    INDEX privacy_audit_actor_idx (actor_id, at),
    INDEX privacy_audit_subject_idx (subject_account_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
