-- The association's logo, re-encoded as PNG (metadata dropped). One per association.
CREATE TABLE associations_logo (
    association_id BIGINT       NOT NULL PRIMARY KEY,
    content        MEDIUMBLOB   NOT NULL,
    uploaded_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT associations_logo_fk FOREIGN KEY (association_id) REFERENCES associations_association (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
