-- Messages written by staff carry a staff badge next to the sender's name.
ALTER TABLE messaging_message ADD COLUMN sender_staff BOOLEAN NOT NULL DEFAULT FALSE;
