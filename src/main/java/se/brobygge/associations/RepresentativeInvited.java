package se.brobygge.associations;

/**
 * Published when someone without an account is invited to represent an association: the
 * notifications module mails {@code link} (a full address) to {@code email} in {@code language}.
 * Invitees with an account get a {@link se.brobygge.shared.notify.NotificationRequested} instead.
 */
public record RepresentativeInvited(String email, String language, String organisationName, String link) {
}
