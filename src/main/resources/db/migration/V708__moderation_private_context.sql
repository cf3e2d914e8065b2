-- Content only its participants can see (a private message): the messages before it, as reported,
-- so a moderator sees the reported message in its context; every opening of such an item is logged.
ALTER TABLE moderation_item ADD COLUMN private_content BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE moderation_item ADD COLUMN context TEXT NULL;
