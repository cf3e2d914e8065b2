-- Representation of an organisation (association or employer) by an account. The organisation
-- lives in its own module; only its id is kept here.
CREATE TABLE identity_representation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT       NOT NULL,
    organisation_kind VARCHAR(16)  NOT NULL,
    organisation_id   BIGINT       NOT NULL,
    granted_at        TIMESTAMP(6) NOT NULL,
    granted_by        BIGINT       NULL,
    CONSTRAINT identity_representation_uk UNIQUE (account_id, organisation_kind, organisation_id),
    CONSTRAINT identity_representation_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
