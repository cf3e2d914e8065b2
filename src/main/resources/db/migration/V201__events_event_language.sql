CREATE TABLE events_event_language (
    event_id      BIGINT     NOT NULL,
    language_code VARCHAR(8) NOT NULL,
    PRIMARY KEY (event_id, language_code),
    CONSTRAINT events_event_language_event_fk FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
