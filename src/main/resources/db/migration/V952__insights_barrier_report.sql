-- A barrier someone met in Brobygge (accessibility statement form): a task for staff. The e-mail
-- address is optional and only used for the reply; the account, when signed in, for the same.
CREATE TABLE insights_barrier_report (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    description   VARCHAR(4000)  NOT NULL,
    page          VARCHAR(300)   NOT NULL,
    email         VARCHAR(254)   NULL,
    language      VARCHAR(10)    NOT NULL,
    account_id    BIGINT         NULL,
    reported_at   TIMESTAMP(6)   NOT NULL,
    reply         VARCHAR(4000)  NULL,
    replied_by    BIGINT         NULL,
    replied_at    TIMESTAMP(6)   NULL,
    INDEX insights_barrier_report_open_idx (replied_at, reported_at),
    CONSTRAINT insights_barrier_report_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
