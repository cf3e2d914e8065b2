-- A session's theme and description in other languages than Swedish (decision 0050); the Swedish
-- originals stay in employers_session.
CREATE TABLE employers_session_text (
    session_id    BIGINT      NOT NULL,
    field_name    VARCHAR(40) NOT NULL,
    language_code VARCHAR(8)  NOT NULL,
    text          TEXT        NOT NULL,
    PRIMARY KEY (session_id, field_name, language_code),
    CONSTRAINT employers_session_text_session_fk FOREIGN KEY (session_id) REFERENCES employers_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
