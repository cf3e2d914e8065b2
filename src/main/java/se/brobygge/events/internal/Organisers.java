package se.brobygge.events.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationDirectory;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;

/**
 * Who organises events: staff for the municipality, representatives for their association or
 * employer. The events services ask here before they publish or change an event.
 */
@Component
public class Organisers {

    private final CurrentUser currentUser;
    private final RepresentationService representation;
    private final List<OrganisationDirectory> directories;

    Organisers(CurrentUser currentUser, RepresentationService representation, List<OrganisationDirectory> directories) {
        this.currentUser = currentUser;
        this.representation = representation;
        this.directories = directories;
    }

    public boolean isStaff() {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
    }

    /** The organisations the signed-in user may publish events for (suspended ones left out). */
    public List<OrganisationInfo> mine() {
        return representation.mine().stream()
                .map(r -> directory(r.kind()).flatMap(d -> d.find(r.organisationId())))
                .flatMap(Optional::stream)
                .filter(o -> !o.suspended())
                .toList();
    }

    private Optional<OrganisationDirectory> directory(OrganisationKind kind) {
        return directories.stream().filter(d -> d.kind() == kind).findFirst();
    }

    /**
     * Who may publish this: staff for the municipality, a representative for their organisation.
     *
     * @return the organisation, or null for the municipality
     */
    public @Nullable OrganisationInfo authorise(@Nullable OnBehalfOf onBehalfOf) {
        if (onBehalfOf == null) {
            if (!isStaff()) {
                throw new AccessDeniedException("Only staff publish events for the municipality");
            }
            return null;
        }
        if (!isStaff() && !representation.represents(onBehalfOf.kind(), onBehalfOf.organisationId())) {
            throw new AccessDeniedException("Not a representative of this organisation");
        }
        OrganisationInfo organisation = directory(onBehalfOf.kind())
                .flatMap(d -> d.find(onBehalfOf.organisationId()))
                .orElseThrow(() -> new InvalidInputException("organisation", "events.validation.organisation"));
        if (organisation.suspended()) {
            throw new InvalidInputException("organisation", "events.validation.organisationSuspended");
        }
        return organisation;
    }

    /** Whether the signed-in user may manage this event (its organiser, or staff). */
    public boolean mayManage(EventEntity event) {
        if (isStaff()
                || currentUser.id().map(me -> me.value() == event.organiserId()).orElse(false)) {
            return true;
        }
        OnBehalfOf organisation = event.onBehalfOf();
        return organisation != null
                && currentUser.isSignedIn()
                && representation.represents(organisation.kind(), organisation.organisationId());
    }

    public void requireOrganiserOrStaff(EventEntity event) {
        if (!mayManage(event)) {
            throw new AccessDeniedException("Only the organiser or staff manage this event");
        }
    }
}
