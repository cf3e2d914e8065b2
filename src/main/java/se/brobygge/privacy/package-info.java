/**
 * Privacy: a person's own data export and account deletion across every module, consent to
 * sensitive data, the staff-access audit log and the retention schedule (gallring).
 */
@ApplicationModule(displayName = "Privacy")
@NullMarked
package se.brobygge.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
