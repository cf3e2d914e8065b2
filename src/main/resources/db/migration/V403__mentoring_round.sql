-- A matching round; version settles two staff confirming at once.
CREATE TABLE mentoring_round (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_by    BIGINT       NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    computed_at   TIMESTAMP(6) NULL,
    confirmed_by  BIGINT       NULL,
    confirmed_at  TIMESTAMP(6) NULL,
    total_score   BIGINT       NOT NULL,
    failure       VARCHAR(500) NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT mentoring_round_creator_fk FOREIGN KEY (created_by) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
