-- Guest sign-ups: the link in the guest's mail holds a secret; only its SHA-256 is stored.
ALTER TABLE events_signup
    ADD COLUMN guest_token_hash CHAR(64) NULL,
    ADD CONSTRAINT events_signup_guest_token_uk UNIQUE (guest_token_hash);
