-- The dashboard's answered posts per closed month, for every answer window the staff may choose
-- (1 to 90 days), written by the nightly roll-up (insights.dashboard.MonthlyRollUp) from one pass
-- over each resident post's first official answer. Counts only: no person, no post id.
-- n: top-level posts answered within within_days days, np: distinct people who wrote them;
-- total = TRUE is the month's total over all areas.
CREATE TABLE insights_rollup_answer (
    month       CHAR(7)      NOT NULL,
    within_days SMALLINT     NOT NULL,
    total       BOOLEAN      NOT NULL,
    category    VARCHAR(200) NOT NULL,
    n           BIGINT       NOT NULL,
    np          BIGINT       NOT NULL,
    PRIMARY KEY (within_days, month, total, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
