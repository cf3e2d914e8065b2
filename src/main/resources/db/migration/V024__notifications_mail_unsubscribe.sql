-- The one-click unsubscribe address of a mail (List-Unsubscribe header); NULL for mails always sent.
ALTER TABLE notifications_mail ADD COLUMN unsubscribe_url VARCHAR(500) NULL;
