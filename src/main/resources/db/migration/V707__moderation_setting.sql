-- Settings staff change at run time (auto-hide threshold, pre-moderation of new accounts).
CREATE TABLE moderation_setting (
    name   VARCHAR(60)  PRIMARY KEY,
    value  VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
