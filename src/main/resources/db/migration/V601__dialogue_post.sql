-- Posts and replies (two levels). thread_id is the top-level post's id (its own for a top-level
-- post), thread_official copies whether that top-level post is an official answer: one index
-- orders a whole thread, official answers first, for lazy paging.
CREATE TABLE dialogue_post (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    dialogue_id      BIGINT        NOT NULL,
    parent_id        BIGINT        NULL,
    thread_id        BIGINT        NULL,
    thread_official  BOOLEAN       NOT NULL,
    author_id        BIGINT        NOT NULL,
    author_name      VARCHAR(80)   NOT NULL,
    body             TEXT          NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    official         BOOLEAN       NOT NULL,
    department       VARCHAR(120)  NULL,
    state            VARCHAR(16)   NOT NULL,
    hidden_reason    VARCHAR(1000) NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    edited_at        TIMESTAMP(6)  NULL,
    agree_count      INT           NOT NULL DEFAULT 0,
    important_count  INT           NOT NULL DEFAULT 0,
    version          BIGINT        NOT NULL DEFAULT 0,
    INDEX dialogue_post_thread_idx (dialogue_id, thread_official, thread_id, id),
    INDEX dialogue_post_author_idx (author_id, created_at),
    CONSTRAINT dialogue_post_dialogue_fk FOREIGN KEY (dialogue_id) REFERENCES dialogue_dialogue (id) ON DELETE CASCADE,
    CONSTRAINT dialogue_post_parent_fk FOREIGN KEY (parent_id) REFERENCES dialogue_post (id),
    CONSTRAINT dialogue_post_author_fk FOREIGN KEY (author_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
