-- Posts written by staff carry a staff badge next to the author's name.
ALTER TABLE dialogue_post ADD COLUMN author_staff BOOLEAN NOT NULL DEFAULT FALSE;
