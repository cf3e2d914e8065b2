-- A posting's texts (title, description, hours, support, accessibility) in other languages than
-- Swedish (decision 0050); the Swedish originals stay in employers_posting.
CREATE TABLE employers_posting_text (
    posting_id    BIGINT      NOT NULL,
    field_name    VARCHAR(40) NOT NULL,
    language_code VARCHAR(8)  NOT NULL,
    text          TEXT        NOT NULL,
    PRIMARY KEY (posting_id, field_name, language_code),
    CONSTRAINT employers_posting_text_posting_fk FOREIGN KEY (posting_id) REFERENCES employers_posting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
