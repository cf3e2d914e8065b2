package se.brobygge.identity;

import org.jspecify.annotations.Nullable;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Published by the module that owns an organisation (associations, employers) when someone
 * without an account is invited to represent it: the notifications module mails {@code link} (a
 * full address to that module's invitation page) to {@code email}. Invitees with an account get a
 * {@link NotificationRequested} instead.
 *
 * @param invitationId the {@link RepresentativeInvitation}'s id: one mail per invitation
 * @param language     the invitee's language code when known, else null (the mail is then in Swedish)
 */
public record RepresentativeInvited(
        OrganisationKind kind,
        long organisationId,
        long invitationId,
        String email,
        @Nullable String language,
        String organisationName,
        String link) {

    /** Days the link stays valid, for the mail. */
    public long validDays() {
        return RepresentativeInvitations.VALIDITY.toDays();
    }
}
