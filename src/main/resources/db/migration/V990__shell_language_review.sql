-- Whether a municipal translator has checked a language. A language with no row carries a notice
-- on its pages saying so; staff see the status of every language, an administrator records it.
CREATE TABLE shell_language_review (
    language varchar(8) NOT NULL PRIMARY KEY,
    checked_by varchar(200) NOT NULL,
    checked_on date NOT NULL,
    recorded_by bigint NOT NULL,
    recorded_at timestamp(6) NOT NULL
);

-- Swedish is the language Brobygge is written in: nothing to check.
INSERT INTO shell_language_review (language, checked_by, checked_on, recorded_by, recorded_at)
VALUES ('sv', 'Brobygge', '2026-12-07', 0, '2026-12-07 00:00:00');
