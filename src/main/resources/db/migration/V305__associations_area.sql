-- Areas of the municipality where the association is active.
CREATE TABLE associations_area (
    association_id BIGINT      NOT NULL,
    area           VARCHAR(80) NOT NULL,
    PRIMARY KEY (association_id, area),
    CONSTRAINT associations_area_fk FOREIGN KEY (association_id) REFERENCES associations_association (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
