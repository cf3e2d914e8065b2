-- Audit rows cannot be changed, whatever the database user's privileges.
CREATE TRIGGER privacy_audit_no_update BEFORE UPDATE ON privacy_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'privacy_audit rows cannot be changed';
