-- Join requests and questions from residents to an association.
CREATE TABLE associations_request (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    association_id BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    message        VARCHAR(2000) NOT NULL,
    language_code  VARCHAR(8)    NOT NULL,
    contact_by     VARCHAR(16)   NOT NULL,
    contact_phone  VARCHAR(40)   NULL,
    status         VARCHAR(16)   NOT NULL,
    answer         VARCHAR(4000) NULL,
    answered_by    BIGINT        NULL,
    answered_at    TIMESTAMP(6)  NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX associations_request_association_idx (association_id, status),
    INDEX associations_request_account_idx (account_id),
    CONSTRAINT associations_request_association_fk FOREIGN KEY (association_id) REFERENCES associations_association (id) ON DELETE CASCADE,
    CONSTRAINT associations_request_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
