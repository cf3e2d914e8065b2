-- A link that changes an account's e-mail address carries the new address until it is opened.
ALTER TABLE identity_token ADD COLUMN new_email VARCHAR(254) NULL;
