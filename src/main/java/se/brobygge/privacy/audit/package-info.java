/**
 * The staff-access audit log: records written through {@link se.brobygge.shared.audit.AccessAudit}
 * by every module, readable and exportable by administrators only, never changed or deleted.
 */
@org.jspecify.annotations.NullMarked
package se.brobygge.privacy.audit;
