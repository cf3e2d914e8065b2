-- The roles the identity provider's groups gave at the last OIDC login (comma-separated, sorted), so
-- that a change of groups is written to the staff-access audit log when it takes effect.
ALTER TABLE identity_account ADD COLUMN oidc_roles VARCHAR(200) NULL;
