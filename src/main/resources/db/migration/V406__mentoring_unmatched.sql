CREATE TABLE mentoring_unmatched (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    mentee      BOOLEAN     NOT NULL,
    reason      VARCHAR(32) NOT NULL,
    CONSTRAINT mentoring_unmatched_round_fk FOREIGN KEY (round_id) REFERENCES mentoring_round (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
