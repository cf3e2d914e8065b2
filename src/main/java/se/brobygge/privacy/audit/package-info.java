/**
 * The staff-access audit log: records written through {@link se.brobygge.shared.audit.AccessAudit}
 * by every module, readable and exportable by administrators only, never changed or deleted.
 */
@NullMarked
package se.brobygge.privacy.audit;

import org.jspecify.annotations.NullMarked;
