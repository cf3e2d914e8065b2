-- Country of origin and year of arrival: only with consent, only for staff, erased on withdrawal.
CREATE TABLE mentoring_sensitive (
    account_id         BIGINT       NOT NULL PRIMARY KEY,
    country_of_origin  VARCHAR(100) NULL,
    arrival_year       INT          NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    CONSTRAINT mentoring_sensitive_account_fk FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
