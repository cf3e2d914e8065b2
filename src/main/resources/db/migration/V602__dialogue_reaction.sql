-- One reaction of each kind per person and post; the counts on dialogue_post follow these rows.
CREATE TABLE dialogue_reaction (
    post_id     BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    PRIMARY KEY (post_id, account_id, kind),
    INDEX dialogue_reaction_account_idx (account_id),
    CONSTRAINT dialogue_reaction_post_fk FOREIGN KEY (post_id) REFERENCES dialogue_post (id) ON DELETE CASCADE,
    CONSTRAINT dialogue_reaction_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
