-- A question the municipality asks residents, open for posts within a time window.
CREATE TABLE dialogue_dialogue (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    background          TEXT          NOT NULL,
    department          VARCHAR(120)  NOT NULL,
    area                VARCHAR(80)   NULL,
    opens_at            TIMESTAMP(6)  NOT NULL,
    closes_at           TIMESTAMP(6)  NOT NULL,
    languages           VARCHAR(200)  NOT NULL,
    premoderated        BOOLEAN       NOT NULL,
    created_by          BIGINT        NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    closed_at           TIMESTAMP(6)  NULL,
    summary_heard       TEXT          NULL,
    summary_actions     TEXT          NULL,
    summary_report_back DATE          NULL,
    summary_at          TIMESTAMP(6)  NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    INDEX dialogue_dialogue_window_idx (closes_at, opens_at),
    CONSTRAINT dialogue_dialogue_creator_fk FOREIGN KEY (created_by) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
