-- Months stored before the roll-up carried answer windows and languages are forgotten, so the
-- page counts them afresh until the roll-up runs (at the next start, as none ran in the last day).
DELETE FROM insights_rollup_cell;
DELETE FROM insights_rollup_month;
