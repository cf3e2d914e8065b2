package se.brobygge.associations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.internal.AssociationAccess;
import se.brobygge.associations.internal.AssociationEntity;
import se.brobygge.associations.internal.AssociationProfiles;
import se.brobygge.associations.internal.AssociationRepository;
import se.brobygge.associations.internal.AssociationSearch;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;

/**
 * Association profiles. Anyone may browse; any signed-in resident may register one (and becomes its
 * first representative); only its representatives (checked through {@link AssociationAccess}, so a
 * new representative can act at once) or staff edit it. Logos, staff review and representatives have
 * their own services.
 */
@Service
@PreAuthorize("permitAll()")
public class AssociationService {

    public static final String MODULE = "associations";
    static final int MAX_RESULTS = 200;

    private final AssociationRepository associations;
    private final AssociationSearch search;
    private final AssociationProfiles profiles;
    private final AssociationAccess access;
    private final RepresentationService representation;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final BrobyggeProperties properties;
    private final Clock clock;

    AssociationService(
            AssociationRepository associations,
            AssociationSearch search,
            AssociationProfiles profiles,
            AssociationAccess access,
            RepresentationService representation,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            BrobyggeProperties properties,
            Clock clock) {
        this.associations = associations;
        this.search = search;
        this.profiles = profiles;
        this.access = access;
        this.representation = representation;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** The public directory: associations that are not suspended, verified ones first. */
    @Transactional(readOnly = true)
    public List<Association> directory(AssociationFilter filter) {
        String text = filter.text();
        boolean all = text == null || text.isBlank();
        List<Long> ids = List.of(-1L);
        if (text != null && !all) {
            ids = search.matching(text.strip(), 1_000);
            if (ids.isEmpty()) {
                return List.of();
            }
        }
        return associations
                .directory(
                        all,
                        ids,
                        filter.type(),
                        AssociationProfiles.blankToNull(filter.area()),
                        AssociationProfiles.blankToNull(filter.language()),
                        filter.newcomerHelpOnly(),
                        filter.freeOnly(),
                        PageRequest.of(0, MAX_RESULTS))
                .stream()
                .map(AssociationEntity::toRecord)
                .toList();
    }

    /**
     * Every association shown to the public (not suspended), oldest first and without the directory's cap,
     * for the open-data feeds, which must list all of them.
     */
    @Transactional(readOnly = true)
    public List<Association> everyListed() {
        return associations.listed().stream().map(AssociationEntity::toRecord).toList();
    }

    /** The municipality's areas, for the area filter and the profile form. */
    public List<String> areas() {
        return properties.municipality().areas();
    }

    /** An association's page; a suspended one only for its representatives and staff. */
    @Transactional(readOnly = true)
    public Optional<Association> find(AssociationId id) {
        return associations
                .findById(id.value())
                .filter(a -> !a.suspended() || (currentUser.isSignedIn() && access.mayManage(id)))
                .map(AssociationEntity::toRecord);
    }

    /** Whether the signed-in user may edit this association (a representative of it, or staff). */
    @Transactional(readOnly = true)
    public boolean canManage(AssociationId id) {
        return currentUser.isSignedIn() && access.mayManage(id);
    }

    /**
     * Registers an association; the signed-in resident becomes its first representative (chair).
     * It is unverified until staff check it.
     *
     * @throws InvalidInputException with field errors (invalid or already registered organisation
     *                               number, ...); nothing is saved
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AssociationId register(AssociationDraft draft) {
        AccountId me = currentUser.require();
        String number = profiles.validate(draft, null);
        AssociationEntity entity = new AssociationEntity(me.value(), clock.instant());
        profiles.describe(entity, draft, number);
        try {
            entity = associations.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            // two registrations of one number at the same moment: the unique key decides
            throw new InvalidInputException("organisationNumber", "associations.validation.duplicate");
        }
        AssociationId id = new AssociationId(entity.id());
        representation.becomeFirstRepresentative(OrganisationKind.ASSOCIATION, id.value());
        profiles.screenAndSubmit(entity, me);
        publisher.publishEvent(new AssociationRegistered(id, entity.name()));
        return id;
    }

    /**
     * Saves changes made by a representative or staff.
     *
     * @throws EditConflictException when someone else saved since {@code expectedVersion}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Association update(AssociationId id, AssociationDraft draft, long expectedVersion) {
        access.requireManager(id);
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        if (entity.version() != expectedVersion) {
            throw new EditConflictException();
        }
        String number = profiles.validate(draft, id);
        profiles.describe(entity, draft, number);
        try {
            entity = associations.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("organisationNumber", "associations.validation.duplicate");
        }
        profiles.screenAndSubmit(entity, currentUser.require());
        return entity.toRecord();
    }

    /** The associations the signed-in user represents. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Association> mine() {
        List<Long> ids = representation.myOrganisations(OrganisationKind.ASSOCIATION);
        return ids.isEmpty()
                ? List.of()
                : associations.findAllByIdIn(ids).stream()
                        .map(AssociationEntity::toRecord)
                        .toList();
    }
}
