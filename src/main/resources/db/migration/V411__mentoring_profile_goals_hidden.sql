-- Moderation can hide a profile's goals text from the partner.
ALTER TABLE mentoring_profile ADD COLUMN goals_hidden BOOLEAN NOT NULL DEFAULT FALSE;
