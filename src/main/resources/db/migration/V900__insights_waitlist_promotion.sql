-- Waitlist promotions, as the events module announces them (WaitlistPromoted): the sign-up table
-- keeps only the current status, so the dashboard counts promotions here. The sign-up's id, not
-- the person's: the person's data stays in the events module, which erases it. No foreign keys: the
-- row is a statistic and must not block deleting an event.
CREATE TABLE insights_waitlist_promotion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id    BIGINT       NOT NULL,
    signup_id   BIGINT       NOT NULL,
    promoted_at TIMESTAMP(6) NOT NULL,
    INDEX insights_waitlist_promotion_at_idx (promoted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
