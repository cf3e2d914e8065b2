-- An association's description and meeting times in several languages (decision 0050): the Swedish
-- original in the association's own column, every other language a row of
-- associations_association_text. The descriptions written so far (one row per language in
-- associations_description) move there; a description without a Swedish text keeps an empty
-- original until its representatives write one.
ALTER TABLE associations_association ADD COLUMN description TEXT NOT NULL DEFAULT '';

CREATE TABLE associations_association_text (
    association_id BIGINT      NOT NULL,
    field_name     VARCHAR(40) NOT NULL,
    language_code  VARCHAR(8)  NOT NULL,
    text           TEXT        NOT NULL,
    PRIMARY KEY (association_id, field_name, language_code),
    CONSTRAINT associations_association_text_fk FOREIGN KEY (association_id) REFERENCES associations_association (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

UPDATE associations_association a
    JOIN associations_description d ON d.association_id = a.id AND d.language_code = 'sv'
SET a.description = d.text;

INSERT INTO associations_association_text (association_id, field_name, language_code, text)
SELECT association_id, 'description', language_code, text
FROM associations_description
WHERE language_code <> 'sv' AND TRIM(text) <> '';

DROP TABLE associations_description;
