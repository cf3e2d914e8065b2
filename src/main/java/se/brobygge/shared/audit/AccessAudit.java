package se.brobygge.shared.audit;

/**
 * Writes a staff-access record in the caller's transaction: if the access fails and rolls back,
 * so does its record; if the record cannot be written, the access fails. Records cannot be changed
 * or deleted afterwards (docs/decisions/0029).
 */
public interface AccessAudit {

    void record(StaffAccess access);
}
