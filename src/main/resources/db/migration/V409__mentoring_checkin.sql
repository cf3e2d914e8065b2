-- Check-ins at 1, 3 and 6 months; the unique key makes the scheduled job idempotent.
CREATE TABLE mentoring_checkin (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    mentorship_id   BIGINT        NOT NULL,
    month           INT           NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    mentee_score    INT           NULL,
    mentee_comment  VARCHAR(1000) NULL,
    mentee_at       TIMESTAMP(6)  NULL,
    mentor_score    INT           NULL,
    mentor_comment  VARCHAR(1000) NULL,
    mentor_at       TIMESTAMP(6)  NULL,
    alert           BOOLEAN       NOT NULL,
    CONSTRAINT mentoring_checkin_month_uk UNIQUE (mentorship_id, month),
    CONSTRAINT mentoring_checkin_mentorship_fk FOREIGN KEY (mentorship_id) REFERENCES mentoring_mentorship (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
