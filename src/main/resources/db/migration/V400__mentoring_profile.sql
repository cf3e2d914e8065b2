-- A resident's mentoring profile: mentee and/or mentor. Sets are stored as comma-separated enum
-- names (small, closed lists read whole), languages as "code:LEVEL" pairs.
CREATE TABLE mentoring_profile (
    account_id        BIGINT        NOT NULL PRIMARY KEY,
    as_mentee         BOOLEAN       NOT NULL,
    as_mentor         BOOLEAN       NOT NULL,
    seeking           VARCHAR(200)  NOT NULL,
    offering          VARCHAR(200)  NOT NULL,
    languages         VARCHAR(500)  NOT NULL,
    occupation        VARCHAR(8)    NULL,
    interests         VARCHAR(500)  NOT NULL,
    free_tags         VARCHAR(300)  NOT NULL,
    area              VARCHAR(100)  NULL,
    times             VARCHAR(100)  NOT NULL,
    modes             VARCHAR(100)  NOT NULL,
    age_band          VARCHAR(20)   NULL,
    gender            VARCHAR(20)   NOT NULL,
    same_gender_only  BOOLEAN       NOT NULL,
    partner_min_age   VARCHAR(20)   NULL,
    partner_max_age   VARCHAR(20)   NULL,
    capacity          INT           NOT NULL,
    goals             VARCHAR(2000) NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT mentoring_profile_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
