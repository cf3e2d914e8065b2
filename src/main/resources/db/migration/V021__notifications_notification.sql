-- In-app notifications. Texts are translation keys with arguments, shown in the reader's language.
-- digest: DAILY or WEEKLY while the notification waits for its digest mail, else NULL.
CREATE TABLE notifications_notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    dedup_key    VARCHAR(120)  NOT NULL,
    subject_key  VARCHAR(120)  NOT NULL,
    body_key     VARCHAR(120)  NOT NULL,
    args         TEXT          NOT NULL,
    when_at      TIMESTAMP(6)  NULL,
    link         VARCHAR(500)  NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    read_at      TIMESTAMP(6)  NULL,
    digest       VARCHAR(8)    NULL,
    digested_at  TIMESTAMP(6)  NULL,
    CONSTRAINT notifications_notification_dedup_uk UNIQUE (account_id, dedup_key),
    INDEX notifications_notification_unread_idx (account_id, read_at),
    INDEX notifications_notification_digest_idx (digest, digested_at, created_at),
    CONSTRAINT notifications_notification_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
