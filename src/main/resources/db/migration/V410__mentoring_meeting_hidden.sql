-- Moderation can hide a meeting-log line (ContentHidden) and show it again (ContentRestored).
ALTER TABLE mentoring_meeting ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;
