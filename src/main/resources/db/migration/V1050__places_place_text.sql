-- A place's description and opening hours in other languages than Swedish (decision 0050); the
-- Swedish originals stay in places_place.
CREATE TABLE places_place_text (
    place_id      BIGINT      NOT NULL,
    field_name    VARCHAR(40) NOT NULL,
    language_code VARCHAR(8)  NOT NULL,
    text          TEXT        NOT NULL,
    PRIMARY KEY (place_id, field_name, language_code),
    CONSTRAINT places_place_text_place_fk FOREIGN KEY (place_id) REFERENCES places_place (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
