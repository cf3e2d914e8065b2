package se.brobygge.shared.audit;

import org.jspecify.annotations.Nullable;

/**
 * One access to record: who ({@code actorId}), what kind, whose data ({@code subjectAccountId}, when
 * one person's), what exactly ({@code what}, a reference such as {@code events:attendees-csv:42},
 * never names or e-mail addresses) and where or why ({@code where}, the page or function used).
 * The time is taken by the audit when it stores the record.
 */
public record StaffAccess(
        long actorId, AccessKind kind, @Nullable Long subjectAccountId, String what, String where) {

    public StaffAccess {
        if (what.length() > 200 || where.length() > 200) {
            throw new IllegalArgumentException("what and where are short references");
        }
    }
}
