-- Proposed pairs of a round with their explanation; staff reject, lock or exclude them.
CREATE TABLE mentoring_proposal (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    mentee_id    BIGINT        NOT NULL,
    mentor_id    BIGINT        NOT NULL,
    score        INT           NOT NULL,
    explanation  VARCHAR(2000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    CONSTRAINT mentoring_proposal_pair_uk UNIQUE (round_id, mentee_id, mentor_id),
    CONSTRAINT mentoring_proposal_round_fk FOREIGN KEY (round_id) REFERENCES mentoring_round (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
