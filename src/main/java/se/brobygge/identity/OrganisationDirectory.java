package se.brobygge.identity;

import java.util.Optional;

/**
 * Implemented by the module that keeps organisations of one kind (associations, employers), so
 * that other modules (events, ...) can show an organiser's name and know whether it is verified
 * without depending on that module. Runs without a signed-in user.
 */
public interface OrganisationDirectory {

    OrganisationKind kind();

    Optional<OrganisationInfo> find(long organisationId);

    /**
     * Whether this account registered the organisation, so that it may become its first
     * representative ({@link RepresentationService#becomeFirstRepresentative}).
     */
    default boolean registeredBy(long organisationId, AccountId accountId) {
        return false;
    }
}
