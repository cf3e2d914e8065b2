-- Words staff watch for, per language ("*": every language), with what happens on a match.
CREATE TABLE moderation_watched_word (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    language    VARCHAR(8)    NOT NULL,
    word        VARCHAR(100)  NOT NULL,
    action      VARCHAR(10)   NOT NULL,
    message     VARCHAR(500)  NULL,
    created_by  BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT moderation_watched_word_uk UNIQUE (language, word)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
