CREATE TABLE identity_account (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    email              VARCHAR(254) NOT NULL,
    email_verified     BOOLEAN      NOT NULL DEFAULT FALSE,
    password_hash      VARCHAR(100) NULL,
    display_name       VARCHAR(80)  NOT NULL,
    preferred_language VARCHAR(8)   NOT NULL DEFAULT 'sv',
    area               VARCHAR(80)  NULL,
    oidc_issuer        VARCHAR(255) NULL,
    oidc_subject       VARCHAR(255) NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT identity_account_email_uk UNIQUE (email),
    CONSTRAINT identity_account_oidc_uk UNIQUE (oidc_issuer, oidc_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
