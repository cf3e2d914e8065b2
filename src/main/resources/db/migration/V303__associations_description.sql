-- The association's description, in one or more languages.
CREATE TABLE associations_description (
    association_id BIGINT     NOT NULL,
    language_code  VARCHAR(8) NOT NULL,
    text           TEXT       NOT NULL,
    PRIMARY KEY (association_id, language_code),
    CONSTRAINT associations_description_fk FOREIGN KEY (association_id) REFERENCES associations_association (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
