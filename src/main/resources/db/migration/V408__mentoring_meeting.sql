CREATE TABLE mentoring_meeting (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    mentorship_id  BIGINT        NOT NULL,
    author_id      BIGINT        NOT NULL,
    met_on         DATE          NOT NULL,
    minutes        INT           NOT NULL,
    what           VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    INDEX mentoring_meeting_mentorship_idx (mentorship_id, met_on),
    CONSTRAINT mentoring_meeting_mentorship_fk FOREIGN KEY (mentorship_id) REFERENCES mentoring_mentorship (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
