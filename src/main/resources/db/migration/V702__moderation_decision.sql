-- What happened to an item, in order: decisions with their reason and the text they were made on.
CREATE TABLE moderation_decision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id       BIGINT        NOT NULL,
    moderator_id  BIGINT        NULL,
    action        VARCHAR(20)   NOT NULL,
    reason        VARCHAR(1000) NULL,
    text          TEXT          NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    INDEX moderation_decision_item_idx (item_id, id),
    CONSTRAINT moderation_decision_item_fk FOREIGN KEY (item_id) REFERENCES moderation_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
