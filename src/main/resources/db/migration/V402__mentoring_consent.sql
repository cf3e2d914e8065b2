-- The consent record: what was consented to, when, to which wording (text version); kept after
-- withdrawal (with the time of withdrawal) as proof, while the data itself is erased.
CREATE TABLE mentoring_consent (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    subject       VARCHAR(100) NOT NULL,
    text_version  VARCHAR(20)  NOT NULL,
    given_at      TIMESTAMP(6) NOT NULL,
    withdrawn_at  TIMESTAMP(6) NULL,
    INDEX mentoring_consent_account_idx (account_id),
    CONSTRAINT mentoring_consent_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
