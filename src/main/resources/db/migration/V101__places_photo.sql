-- Photos of a meeting place, re-encoded as JPEG without metadata. Kept in the database so that
-- every application node serves them (no shared file system needed).
CREATE TABLE places_photo (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    place_id   BIGINT       NOT NULL,
    alt_text   VARCHAR(200) NOT NULL,
    width      INT          NOT NULL,
    height     INT          NOT NULL,
    content    LONGBLOB     NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    INDEX places_photo_place (place_id),
    CONSTRAINT places_photo_place_fk FOREIGN KEY (place_id) REFERENCES places_place (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
