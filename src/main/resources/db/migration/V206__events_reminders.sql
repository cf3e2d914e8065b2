-- When each person wants to be reminded before their events (default: a day before), and which
-- sign-ups have been reminded, so a reminder goes out once.
CREATE TABLE events_reminder_setting (
    account_id   BIGINT NOT NULL PRIMARY KEY,
    hours_before INT    NULL,
    CONSTRAINT events_reminder_setting_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE events_signup ADD COLUMN reminded_at TIMESTAMP(6) NULL;
