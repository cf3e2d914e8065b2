-- What a resident answered on the "For you" page beyond the base profile: goals, interests and
-- when they can take part. Sets are comma-separated enum names (small, closed lists read whole).
-- Nothing sensitive (origin, year of arrival, gender, age) is ever asked or stored here.
CREATE TABLE insights_foryou_answer (
    account_id    BIGINT        NOT NULL PRIMARY KEY,
    goals         VARCHAR(200)  NOT NULL,
    topics        VARCHAR(200)  NOT NULL,
    availability  VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT insights_foryou_answer_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
