-- Plain-text messages. read_at is the read receipt; reported_at marks a message sent to moderation.
CREATE TABLE messaging_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT        NOT NULL,
    sender_id       BIGINT        NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    sent_at         TIMESTAMP(6)  NOT NULL,
    read_at         TIMESTAMP(6)  NULL,
    reported_at     TIMESTAMP(6)  NULL,
    INDEX messaging_message_conversation_idx (conversation_id, id),
    CONSTRAINT messaging_message_conversation_fk FOREIGN KEY (conversation_id) REFERENCES messaging_conversation (id) ON DELETE CASCADE,
    CONSTRAINT messaging_message_sender_fk FOREIGN KEY (sender_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
