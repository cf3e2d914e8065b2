-- Seat quotas (reserved seats per audience, or hard quotas per participant role), organiser
-- approval of sign-ups, short sign-up questions, recurring series and events organised on behalf
-- of an association or employer.
CREATE TABLE events_series (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    frequency      VARCHAR(16)  NOT NULL,
    first_date     DATE         NOT NULL,
    until_date     DATE         NOT NULL,
    organiser_id   BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT events_series_organiser_fk FOREIGN KEY (organiser_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dates of the rule on which the series does not meet (a holiday week).
CREATE TABLE events_series_exception (
    series_id  BIGINT NOT NULL,
    skipped_on DATE   NOT NULL,
    PRIMARY KEY (series_id, skipped_on),
    CONSTRAINT events_series_exception_fk FOREIGN KEY (series_id) REFERENCES events_series (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE events_event
    ADD COLUMN approval_required BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN series_id         BIGINT      NULL,
    ADD COLUMN organisation_kind VARCHAR(24) NULL,
    ADD COLUMN organisation_id   BIGINT      NULL,
    ADD COLUMN review_note       VARCHAR(500) NULL,
    ADD CONSTRAINT events_event_series_fk FOREIGN KEY (series_id) REFERENCES events_series (id) ON DELETE SET NULL,
    ADD INDEX events_event_series_idx (series_id, starts_at),
    ADD INDEX events_event_organisation_idx (organisation_kind, organisation_id, starts_at);

CREATE TABLE events_seat_quota (
    event_id    BIGINT       NOT NULL,
    group_code  VARCHAR(32)  NOT NULL,
    seats       INT          NOT NULL,
    released_at TIMESTAMP(6) NULL,
    PRIMARY KEY (event_id, group_code),
    CONSTRAINT events_seat_quota_event_fk FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE events_event_question (
    event_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    text     VARCHAR(200) NOT NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT events_event_question_fk FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- group_code: the group the person signed up in (null: none); seat_group: the quota whose seat
-- the person holds (null: a general seat, or no seat).
ALTER TABLE events_signup
    ADD COLUMN group_code VARCHAR(32) NULL,
    ADD COLUMN seat_group VARCHAR(32) NULL;

CREATE TABLE events_signup_answer (
    signup_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    answer    VARCHAR(500) NOT NULL,
    PRIMARY KEY (signup_id, position),
    CONSTRAINT events_signup_answer_fk FOREIGN KEY (signup_id) REFERENCES events_signup (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
