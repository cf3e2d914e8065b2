-- The dashboard's monthly roll-up: what the figures' grouped statements counted for each closed
-- month, written by the nightly job (insights.dashboard.MonthlyRollUp), so that a year's dashboard
-- reads twelve stored months and counts only the current month afresh. Counts only: no person,
-- no account id. A month is in insights_rollup_month once all of its figures are stored, in the
-- same transaction.
CREATE TABLE insights_rollup_month (
    month       CHAR(7)      NOT NULL PRIMARY KEY,
    computed_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per figure, month and category; total = TRUE is the month's total over all categories.
-- n: facts, np: distinct people (or things) behind them, s: the sum of the figure's values.
CREATE TABLE insights_rollup_cell (
    month    CHAR(7)      NOT NULL,
    metric   VARCHAR(40)  NOT NULL,
    total    BOOLEAN      NOT NULL,
    category VARCHAR(200) NOT NULL,
    n        BIGINT       NOT NULL,
    np       BIGINT       NOT NULL,
    s        DOUBLE       NOT NULL,
    PRIMARY KEY (month, metric, total, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
