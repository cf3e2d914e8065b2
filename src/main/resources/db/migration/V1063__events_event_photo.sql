-- An event's one photo, re-encoded as JPEG without metadata, with the small copy lists show.
-- In the database so that every application node serves it. "version" grows with each
-- replacement, so a picture's address changes with it and caches never show an old one.
CREATE TABLE events_event_photo (
    event_id    BIGINT       NOT NULL PRIMARY KEY,
    alt_text    VARCHAR(200) NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    content     LONGBLOB     NOT NULL,
    small       MEDIUMBLOB   NOT NULL,
    version     INT          NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT events_event_photo_event_fk FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
