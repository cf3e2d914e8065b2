CREATE TABLE dialogue_follow (
    dialogue_id BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    PRIMARY KEY (dialogue_id, account_id),
    CONSTRAINT dialogue_follow_dialogue_fk FOREIGN KEY (dialogue_id) REFERENCES dialogue_dialogue (id) ON DELETE CASCADE,
    CONSTRAINT dialogue_follow_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
