-- A QR code shown inline in a mail's HTML part (a sign-up's check-in address); NULL for most mails.
ALTER TABLE notifications_mail ADD COLUMN inline_qr VARCHAR(500) NULL;
