-- What moderation knows of a writer: when it first saw them write, how much, and whether trusted.
CREATE TABLE moderation_author (
    account_id      BIGINT       PRIMARY KEY,
    first_seen_at   TIMESTAMP(6) NOT NULL,
    submitted_count INT          NOT NULL DEFAULT 0,
    trusted         BOOLEAN      NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
