-- The languages residents wrote in per closed month and dialogue area, with the number of posts,
-- written by the nightly roll-up: the dashboard's "languages used" is a distinct count over the
-- period, which the page makes from these rows instead of reading the posts. No person.
CREATE TABLE insights_rollup_language (
    month    CHAR(7)      NOT NULL,
    area     VARCHAR(200) NOT NULL,
    language VARCHAR(8)   NOT NULL,
    posts    BIGINT       NOT NULL,
    PRIMARY KEY (month, area, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
