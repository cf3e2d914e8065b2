/**
 * The staff-access audit as every module sees it: a module that lets staff read another person's
 * data, export a list of people, change roles or open a private message calls {@link
 * se.brobygge.shared.audit.AccessAudit} inside its own transaction. The privacy module stores the
 * records; this package keeps modules from depending on it.
 */
@NullMarked
package se.brobygge.shared.audit;

import org.jspecify.annotations.NullMarked;
