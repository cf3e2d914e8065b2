-- One report per person and item; the text as it was when reported.
CREATE TABLE moderation_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id      BIGINT        NOT NULL,
    reporter_id  BIGINT        NOT NULL,
    reason       VARCHAR(20)   NOT NULL,
    comment      VARCHAR(1000) NULL,
    text         TEXT          NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT moderation_report_person_uk UNIQUE (item_id, reporter_id),
    CONSTRAINT moderation_report_item_fk FOREIGN KEY (item_id) REFERENCES moderation_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
