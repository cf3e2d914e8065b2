-- A dialogue's question (title, background) and summary (heard, actions) in other languages than
-- Swedish (decision 0050); the Swedish originals stay in dialogue_dialogue.
CREATE TABLE dialogue_dialogue_text (
    dialogue_id   BIGINT      NOT NULL,
    field_name    VARCHAR(40) NOT NULL,
    language_code VARCHAR(8)  NOT NULL,
    text          TEXT        NOT NULL,
    PRIMARY KEY (dialogue_id, field_name, language_code),
    CONSTRAINT dialogue_dialogue_text_dialogue_fk FOREIGN KEY (dialogue_id) REFERENCES dialogue_dialogue (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
