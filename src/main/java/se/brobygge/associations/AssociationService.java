package se.brobygge.associations;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.internal.AssociationEntity;
import se.brobygge.associations.internal.AssociationRepository;
import se.brobygge.associations.internal.AssociationSearch;
import se.brobygge.associations.internal.LogoEntity;
import se.brobygge.associations.internal.LogoImages;
import se.brobygge.associations.internal.LogoRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.Representative;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeInvitations;
import se.brobygge.identity.RepresentativeInvited;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.OrganisationNumber;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.text.PlainText;

/**
 * Association profiles and their representatives. Anyone may browse; any signed-in resident may
 * register one (and becomes its first representative); only its representatives (checked through
 * {@link RepresentationService#represents}, so a new representative can act at once) or staff edit
 * it; staff verify and suspend.
 */
@Service
@PreAuthorize("permitAll()")
public class AssociationService {

    public static final String MODULE = "associations";
    static final int MAX_RESULTS = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]+$");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("^[a-z]{2,3}$");

    private final AssociationRepository associations;
    private final LogoRepository logos;
    private final AssociationSearch search;
    private final RepresentationService representation;
    private final RepresentativeInvitations invitations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final ObjectProvider<ContentScreening> screening;
    private final BrobyggeProperties properties;
    private final Clock clock;

    AssociationService(
            AssociationRepository associations,
            LogoRepository logos,
            AssociationSearch search,
            RepresentationService representation,
            RepresentativeInvitations invitations,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            ObjectProvider<ContentScreening> screening,
            BrobyggeProperties properties,
            Clock clock) {
        this.associations = associations;
        this.logos = logos;
        this.search = search;
        this.representation = representation;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.screening = screening;
        this.properties = properties;
        this.clock = clock;
    }

    /** The public directory: associations that are not suspended, verified ones first. */
    @Transactional(readOnly = true)
    public List<Association> directory(AssociationFilter filter) {
        boolean all = filter.text() == null || filter.text().isBlank();
        List<Long> ids = List.of(-1L);
        if (!all) {
            ids = search.matching(filter.text().strip(), 1_000);
            if (ids.isEmpty()) {
                return List.of();
            }
        }
        return associations
                .directory(
                        all,
                        ids,
                        filter.type(),
                        blankToNull(filter.area()),
                        blankToNull(filter.language()),
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
                .filter(a -> !a.suspended() || (currentUser.isSignedIn() && mayManage(id)))
                .map(AssociationEntity::toRecord);
    }

    /** Whether the signed-in user may edit this association (a representative of it, or staff). */
    @Transactional(readOnly = true)
    public boolean canManage(AssociationId id) {
        return currentUser.isSignedIn() && mayManage(id);
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
        String number = validate(draft, null);
        AssociationEntity entity = new AssociationEntity(me.value(), clock.instant());
        describe(entity, draft, number);
        try {
            entity = associations.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            // two registrations of one number at the same moment: the unique key decides
            throw new InvalidInputException("organisationNumber", "associations.validation.duplicate");
        }
        AssociationId id = new AssociationId(entity.id());
        representation.becomeFirstRepresentative(OrganisationKind.ASSOCIATION, id.value());
        screenAndSubmit(entity, me);
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
        requireManager(id);
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        if (entity.version() != expectedVersion) {
            throw new EditConflictException();
        }
        String number = validate(draft, id);
        describe(entity, draft, number);
        try {
            entity = associations.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("organisationNumber", "associations.validation.duplicate");
        }
        screenAndSubmit(entity, currentUser.require());
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

    // ----- logo

    /**
     * Replaces the logo; it is re-encoded as PNG (metadata dropped) and goes to moderation.
     *
     * @throws InvalidInputException field {@code logo}: too large or not a PNG/JPEG image
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void uploadLogo(AssociationId id, byte[] content) {
        requireManager(id);
        byte[] png = LogoImages.reencode(content);
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        logos.findById(id.value())
                .ifPresentOrElse(
                        l -> l.replace(png, clock.instant()),
                        () -> logos.save(new LogoEntity(id.value(), png, clock.instant())));
        entity.logoUploaded();
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef(MODULE, "logo", id.value()),
                currentUser.require().value(),
                "[logo] " + entity.name(),
                null,
                logoPath(id),
                clock.instant()));
    }

    /** The logo as PNG, when the association is public and no moderator has hidden the logo. */
    @Transactional(readOnly = true)
    public Optional<byte[]> logo(AssociationId id) {
        return associations
                .findById(id.value())
                .filter(a -> !a.suspended() && a.logoHidden() == null)
                .flatMap(a -> logos.findById(id.value()))
                .map(LogoEntity::content);
    }

    public static String logoPath(AssociationId id) {
        return "/images/associations/" + id.value() + ".png";
    }

    // ----- staff

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Association> awaitingVerification() {
        return associations.unverified().stream()
                .map(AssociationEntity::toRecord)
                .toList();
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Association> suspendedOnes() {
        return associations.suspended().stream()
                .map(AssociationEntity::toRecord)
                .toList();
    }

    /** Staff have checked the organisation number and a contact: the association gets its badge. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public void verify(AssociationId id) {
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        if (entity.verified()) {
            return;
        }
        entity.verify(clock.instant());
        publisher.publishEvent(new AssociationVerified(id, entity.name()));
        tellRepresentatives(
                id,
                "verified",
                "associations.mail.verified.subject",
                "associations.mail.verified.body",
                List.of(entity.name()),
                NotificationKind.ASSOCIATION_ANSWER);
    }

    /**
     * Suspends an association: it leaves the directory, its page is closed to the public, and its
     * representatives see the reason.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public void suspend(AssociationId id, String reason) {
        String why = PlainText.text(reason);
        if (why.length() < 5 || why.length() > 500) {
            throw new InvalidInputException("reason", "associations.validation.reason");
        }
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        entity.suspend(why);
        tellRepresentatives(
                id,
                "suspended:" + clock.millis(),
                "associations.mail.suspended.subject",
                "associations.mail.suspended.body",
                List.of(entity.name(), why),
                NotificationKind.MODERATION_DECISION);
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public void lift(AssociationId id) {
        associations.findById(id.value()).orElseThrow().suspend(null);
    }

    // ----- representatives (identity keeps them; the invitation text is ours)

    @PreAuthorize("isAuthenticated()")
    public List<Representative> representatives(AssociationId id) {
        return representation.representatives(OrganisationKind.ASSOCIATION, id.value());
    }

    @PreAuthorize("isAuthenticated()")
    public List<RepresentativeInvitation> pendingInvitations(AssociationId id) {
        return invitations.pending(OrganisationKind.ASSOCIATION, id.value());
    }

    /**
     * Invites someone by e-mail to represent the association. An invitee with an account gets a
     * notification; anyone else gets the link by mail through {@link RepresentativeInvited}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public RepresentativeInvitation invite(AssociationId id, String email, RepresentativeRole role) {
        requireManager(id);
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        RepresentativeInvitations.Issued issued =
                invitations.invite(OrganisationKind.ASSOCIATION, id.value(), email, role);
        String path = invitationPath(issued.token());
        if (issued.inviteeAccount() != null) {
            publisher.publishEvent(new NotificationRequested(
                    issued.inviteeAccount().value(),
                    NotificationKind.ASSOCIATION_ANSWER,
                    "associations:invitation:" + issued.invitation().id(),
                    "associations.mail.invitation.subject",
                    "associations.mail.invitation.body",
                    List.of(entity.name(), currentUser.displayName().orElse("")),
                    issued.invitation().expiresAt(),
                    path));
        } else {
            // no account, so no known language: the mail is in Swedish
            publisher.publishEvent(new RepresentativeInvited(
                    OrganisationKind.ASSOCIATION,
                    id.value(),
                    issued.invitation().id(),
                    issued.invitation().email(),
                    issued.inviteeLanguage(),
                    entity.name(),
                    properties.baseUrl().replaceAll("/+$", "") + path));
        }
        return issued.invitation();
    }

    public static String invitationPath(String token) {
        return "/associations/invitation/" + token;
    }

    @PreAuthorize("isAuthenticated()")
    public void cancelInvitation(long invitationId) {
        invitations.cancel(invitationId);
    }

    @PreAuthorize("isAuthenticated()")
    public void changeRole(AssociationId id, AccountId accountId, RepresentativeRole role) {
        representation.changeRole(OrganisationKind.ASSOCIATION, id.value(), accountId, role);
    }

    /** @throws InvalidInputException field {@code representative} when they are the last one */
    @PreAuthorize("isAuthenticated()")
    public void removeRepresentative(AssociationId id, AccountId accountId) {
        representation.remove(OrganisationKind.ASSOCIATION, id.value(), accountId);
    }

    // ----- helpers for the module

    boolean mayManage(AssociationId id) {
        return currentUser.hasRole(Roles.STAFF)
                || currentUser.hasRole(Roles.ADMIN)
                || representation.represents(OrganisationKind.ASSOCIATION, id.value());
    }

    void requireManager(AssociationId id) {
        if (!mayManage(id)) {
            throw new AccessDeniedException("Not a representative of association " + id);
        }
    }

    void tellRepresentatives(
            AssociationId id,
            String what,
            String subjectKey,
            String bodyKey,
            List<String> args,
            NotificationKind kind) {
        for (AccountId rep : representation.accountsRepresenting(OrganisationKind.ASSOCIATION, id.value())) {
            publisher.publishEvent(new NotificationRequested(
                    rep.value(),
                    kind,
                    "associations:" + id.value() + ":" + what,
                    subjectKey,
                    bodyKey,
                    args,
                    null,
                    "/associations/" + id.value() + "/manage"));
        }
    }

    private void screenAndSubmit(AssociationEntity entity, AccountId author) {
        String text = entity.name() + "\n\n"
                + String.join("\n\n", entity.descriptions().values());
        ContentScreening screen = screening.getIfAvailable();
        if (screen != null) {
            ContentScreening.Verdict verdict = screen.screen(author.value(), text, null);
            if (verdict.outcome() == ContentScreening.Outcome.BLOCK) {
                throw new InvalidInputException("descriptions", "associations.validation.blocked");
            }
            if (verdict.outcome() == ContentScreening.Outcome.QUEUE) {
                entity.hideDescription("associations.moderation.pending");
            }
        }
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef(MODULE, "profile", entity.id()),
                author.value(),
                text,
                entity.descriptions().size() == 1
                        ? entity.descriptions().keySet().iterator().next()
                        : null,
                "/associations/" + entity.id(),
                clock.instant()));
    }

    private void describe(AssociationEntity entity, AssociationDraft d, String number) {
        Map<String, String> descriptions = new HashMap<>();
        d.descriptions().forEach((lang, text) -> {
            if (!text.isBlank()) {
                descriptions.put(lang, text.strip());
            }
        });
        entity.describe(
                PlainText.line(d.name()),
                number,
                d.type() == null ? AssociationType.OTHER : d.type(),
                descriptions,
                d.languages(),
                d.areas(),
                blankToNull(d.contactEmail()),
                blankToNull(d.contactPhone()),
                blankToNull(d.website()),
                d.feeSek() == null || d.feeSek().signum() == 0 ? null : d.feeSek(),
                blankToNull(d.meetingTimes()),
                d.newcomerHelp());
    }

    /** @return the normalised organisation number */
    String validate(AssociationDraft d, @Nullable AssociationId self) {
        List<FieldError> errors = new ArrayList<>();
        String name = PlainText.line(d.name());
        if (name.length() < 2 || name.length() > 150) {
            errors.add(new FieldError("name", "associations.validation.name"));
        }
        Optional<String> number = OrganisationNumber.normalise(d.organisationNumber());
        if (number.isEmpty()) {
            errors.add(new FieldError("organisationNumber", "associations.validation.organisationNumber"));
        } else {
            associations
                    .findByOrganisationNumber(number.get())
                    .filter(other -> self == null || other.id() != self.value())
                    .ifPresent(other ->
                            errors.add(new FieldError("organisationNumber", "associations.validation.duplicate")));
        }
        if (d.type() == null) {
            errors.add(new FieldError("type", "associations.validation.required"));
        }
        long texts =
                d.descriptions().values().stream().filter(t -> !t.isBlank()).count();
        if (texts == 0) {
            errors.add(new FieldError("descriptions", "associations.validation.description"));
        } else if (d.descriptions().entrySet().stream()
                .anyMatch(e -> e.getValue().length() > 5000
                        || !LANGUAGE_CODE.matcher(e.getKey()).matches())) {
            errors.add(new FieldError("descriptions", "associations.validation.descriptionLength"));
        }
        if (d.languages().size() > 20
                || d.languages().stream()
                        .anyMatch(l -> !LANGUAGE_CODE.matcher(l).matches())) {
            errors.add(new FieldError("languages", "associations.validation.languages"));
        }
        Set<String> known = new HashSet<>(properties.municipality().areas());
        if (!known.containsAll(d.areas())) {
            errors.add(new FieldError("areas", "associations.validation.areas"));
        }
        String email = blankToNull(d.contactEmail());
        String phone = blankToNull(d.contactPhone());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("contactEmail", "associations.validation.email"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("contactPhone", "associations.validation.phone"));
        }
        if (email == null && phone == null) {
            errors.add(new FieldError("contactEmail", "associations.validation.contact"));
        }
        String web = blankToNull(d.website());
        if (web != null && (web.length() > 500 || !WEB_ADDRESS.matcher(web).matches())) {
            errors.add(new FieldError("website", "associations.validation.website"));
        }
        BigDecimal fee = d.feeSek();
        if (fee != null && (fee.signum() < 0 || fee.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            errors.add(new FieldError("feeSek", "associations.validation.fee"));
        }
        if (d.meetingTimes() != null && d.meetingTimes().length() > 500) {
            errors.add(new FieldError("meetingTimes", "associations.validation.meetingTimes"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return number.orElseThrow();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
