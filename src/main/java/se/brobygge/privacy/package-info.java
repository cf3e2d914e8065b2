/**
 * Privacy: a person's own data export and account deletion across every module, consent to
 * sensitive data, the staff-access audit log and the retention schedule (gallring).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
@org.jspecify.annotations.NullMarked
package se.brobygge.privacy;
