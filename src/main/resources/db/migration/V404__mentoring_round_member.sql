CREATE TABLE mentoring_round_member (
    round_id    BIGINT  NOT NULL,
    account_id  BIGINT  NOT NULL,
    mentee      BOOLEAN NOT NULL,
    PRIMARY KEY (round_id, account_id, mentee),
    CONSTRAINT mentoring_round_member_round_fk FOREIGN KEY (round_id) REFERENCES mentoring_round (id) ON DELETE CASCADE,
    CONSTRAINT mentoring_round_member_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
