-- Topics residents propose; staff accept (a dialogue is opened) or decline with a reason.
CREATE TABLE dialogue_proposal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    description    TEXT          NOT NULL,
    language       VARCHAR(8)    NOT NULL,
    proposed_by    BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    decline_reason VARCHAR(1000) NULL,
    dialogue_id    BIGINT        NULL,
    hidden         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP(6)  NOT NULL,
    decided_at     TIMESTAMP(6)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX dialogue_proposal_status_idx (status, created_at),
    CONSTRAINT dialogue_proposal_author_fk FOREIGN KEY (proposed_by) REFERENCES identity_account (id),
    CONSTRAINT dialogue_proposal_dialogue_fk FOREIGN KEY (dialogue_id) REFERENCES dialogue_dialogue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
