CREATE TABLE events_event_text (
    event_id      BIGINT      NOT NULL,
    field_name    VARCHAR(40) NOT NULL,
    language_code VARCHAR(8)  NOT NULL,
    text          TEXT        NOT NULL,
    PRIMARY KEY (event_id, field_name, language_code),
    CONSTRAINT events_event_text_event_fk FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
