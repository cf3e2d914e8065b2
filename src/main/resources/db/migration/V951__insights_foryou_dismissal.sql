-- "Not interested": the suggestion (kind + item) is hidden, and others alike (same kind and
-- likeness, e.g. the event category or the whole series) rank lower for that resident.
CREATE TABLE insights_foryou_dismissal (
    account_id    BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    item_key      VARCHAR(60)   NOT NULL,
    likeness      VARCHAR(100)  NOT NULL,
    dismissed_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (account_id, kind, item_key),
    CONSTRAINT insights_foryou_dismissal_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
