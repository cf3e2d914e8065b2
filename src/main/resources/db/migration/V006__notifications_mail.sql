-- The mail outbox: rows are written in the transaction that causes the mail and sent afterwards.
CREATE TABLE notifications_mail (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedup_key       VARCHAR(120)  NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    sent_at         TIMESTAMP(6)  NULL,
    last_error      VARCHAR(500)  NULL,
    CONSTRAINT notifications_mail_dedup_uk UNIQUE (dedup_key),
    INDEX notifications_mail_due_idx (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
