-- Raised whenever the account's sessions must end (new password, new e-mail address, deletion).
-- A session remembers the value it signed in with; each node ends its sessions whose value is
-- lower (identity.AccountSessions, docs/decisions/0030).
ALTER TABLE identity_account ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;
