-- Account-security mails (verification, password reset) go before bulk mail such as sign-up news.
ALTER TABLE notifications_mail ADD COLUMN priority TINYINT NOT NULL DEFAULT 5;
