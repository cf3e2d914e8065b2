-- An activity's title and description in other languages than Swedish (decision 0050); the Swedish
-- originals stay in associations_activity.
CREATE TABLE associations_activity_text (
    activity_id   BIGINT      NOT NULL,
    field_name    VARCHAR(40) NOT NULL,
    language_code VARCHAR(8)  NOT NULL,
    text          TEXT        NOT NULL,
    PRIMARY KEY (activity_id, field_name, language_code),
    CONSTRAINT associations_activity_text_fk FOREIGN KEY (activity_id) REFERENCES associations_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
