package se.brobygge.employers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.EmployerAccess;
import se.brobygge.employers.internal.EmployerEntity;
import se.brobygge.employers.internal.EmployerRepository;
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
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Employer organisations: anyone signed in registers one (and may act for it), staff verify it,
 * which makes the registrant its first representative and gives it the verified badge.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EmployerService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final EmployerRepository employers;
    private final EmployerAccess access;
    private final RepresentationService representation;
    private final RepresentativeInvitations invitations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    private final BrobyggeProperties properties;

    EmployerService(
            EmployerRepository employers,
            EmployerAccess access,
            RepresentationService representation,
            RepresentativeInvitations invitations,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock,
            BrobyggeProperties properties) {
        this.properties = properties;
        this.invitations = invitations;
        this.employers = employers;
        this.access = access;
        this.representation = representation;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Registers an employer; it waits for staff to verify it.
     *
     * @throws InvalidInputException field errors (an organisation number already registered too); nothing saved
     */
    @Transactional
    public EmployerId register(EmployerDraft draft) {
        String number = validate(draft, null);
        EmployerEntity employer = new EmployerEntity(currentUser.require().value(), clock.instant());
        employer.describe(draft, number);
        try {
            employer = employers.saveAndFlush(employer);
        } catch (DataIntegrityViolationException sameNumberAtTheSameTime) {
            throw new InvalidInputException("organisationNumber", "employers.validation.orgTaken");
        }
        submitted(employer);
        return employer.id();
    }

    /** Changes the employer's details; representatives only. */
    @Transactional
    public void update(EmployerId id, EmployerDraft draft) {
        access.requireRepresentative(id.value());
        EmployerEntity employer = employers.findById(id.value()).orElseThrow();
        String number = validate(draft, id.value());
        employer.describe(draft, number);
        employers.flush();
        submitted(employer);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Employer> employer(EmployerId id) {
        return employers.findById(id.value()).map(EmployerEntity::toRecord);
    }

    /** The employers I registered or represent. */
    @Transactional(readOnly = true)
    public List<Employer> mine() {
        long me = currentUser.require().value();
        Set<Long> ids = new LinkedHashSet<>();
        employers.registeredBy(me).forEach(e -> ids.add(e.id().value()));
        representation.mine().stream()
                .filter(r -> r.kind() == OrganisationKind.EMPLOYER)
                .forEach(r -> ids.add(r.organisationId()));
        return ids.isEmpty()
                ? List.of()
                : employers.findAllByIds(ids).stream()
                        .map(EmployerEntity::toRecord)
                        .toList();
    }

    @Transactional(readOnly = true)
    public boolean mayRepresent(EmployerId id) {
        return access.mayRepresent(id.value());
    }

    /**
     * The employer, if I may represent it (I registered it or am its representative): what a
     * representative's editing pages open. Empty for anyone else, as if there were no such employer.
     */
    @Transactional(readOnly = true)
    public Optional<Employer> employerIRepresent(EmployerId id) {
        return employer(id).filter(employer -> mayRepresent(employer.id()));
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Employer> awaitingVerification() {
        return employers.findByStatus(EmployerStatus.PENDING).stream()
                .map(EmployerEntity::toRecord)
                .toList();
    }

    /** Verifies the employer: the badge, postings without approval, and the registrant becomes its representative. */
    /** How many employers wait for verification (the staff inbox). */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public long awaitingVerificationCount() {
        return employers.countByStatus(EmployerStatus.PENDING);
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional
    public void verify(EmployerId id) {
        EmployerEntity employer = employers.findById(id.value()).orElseThrow();
        employer.verify(clock.instant());
        representation.grant(new AccountId(employer.registeredBy()), OrganisationKind.EMPLOYER, id.value());
        publisher.publishEvent(new NotificationRequested(
                employer.registeredBy(),
                NotificationKind.EMPLOYER_SESSION,
                "employers-verified-" + id.value(),
                "employers.notify.verified.subject",
                "employers.notify.verified.body",
                List.of(employer.name()),
                null,
                "/employers/" + id.value()));
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional
    public void reject(EmployerId id) {
        employers.findById(id.value()).orElseThrow().reject();
    }

    // ----- representatives (identity keeps them and the invitations, as for associations)

    /** The employer's representatives; for them and staff. */
    @Transactional(readOnly = true)
    public List<Representative> representatives(EmployerId id) {
        return representation.representatives(OrganisationKind.EMPLOYER, id.value());
    }

    /** Whether I may invite representatives: I represent the employer (verified), or I am staff. */
    @Transactional(readOnly = true)
    public boolean mayInvite(EmployerId id) {
        return representation.mayManage(OrganisationKind.EMPLOYER, id.value());
    }

    /** Invitations not yet accepted; for the representatives and staff. */
    @Transactional(readOnly = true)
    public List<RepresentativeInvitation> pendingInvitations(EmployerId id) {
        return invitations.pending(OrganisationKind.EMPLOYER, id.value());
    }

    /**
     * Invites a colleague by e-mail to represent the employer (identity's invitation: a link with a
     * secret, valid 14 days). An invitee who has an account is notified with the link.
     *
     * @throws InvalidInputException field {@code email}: not an address, or already a representative
     * @throws AccessDeniedException unless a representative or staff
     */
    @Transactional
    public RepresentativeInvitation invite(EmployerId id, String email, RepresentativeRole role) {
        EmployerEntity employer = employers.findById(id.value()).orElseThrow();
        RepresentativeInvitations.Issued issued =
                invitations.invite(OrganisationKind.EMPLOYER, id.value(), email, role);
        if (issued.inviteeAccount() != null) {
            publisher.publishEvent(new NotificationRequested(
                    issued.inviteeAccount().value(),
                    NotificationKind.EMPLOYER_SESSION,
                    "employers:invitation:" + issued.invitation().id(),
                    "employers.mail.invitation.subject",
                    "employers.mail.invitation.body",
                    List.of(employer.name(), currentUser.displayName().orElse("")),
                    issued.invitation().expiresAt(),
                    invitationPath(issued.token())));
        } else {
            // no account, so no known language: the mail (notifications module) is in Swedish
            publisher.publishEvent(new RepresentativeInvited(
                    OrganisationKind.EMPLOYER,
                    id.value(),
                    issued.invitation().id(),
                    issued.invitation().email(),
                    issued.inviteeLanguage(),
                    employer.name(),
                    properties.baseUrl().replaceAll("/+$", "") + invitationPath(issued.token())));
        }
        return issued.invitation();
    }

    /** Where an invitation's link leads (the page where the invitee accepts). */
    public static String invitationPath(String token) {
        return "/employers/invitation/" + token;
    }

    /** Withdraws an invitation; its link stops working. */
    @Transactional
    public void cancelInvitation(long invitationId) {
        invitations.cancel(invitationId);
    }

    private void submitted(EmployerEntity employer) {
        if (!employer.description().isBlank()) {
            publisher.publishEvent(new ContentSubmitted(
                    new ContentRef("employers", "employer", employer.id().value()),
                    currentUser.require().value(),
                    employer.name() + "\n\n" + employer.description(),
                    null,
                    "/employers/" + employer.id().value(),
                    clock.instant()));
        }
    }

    private String validate(EmployerDraft d, @Nullable Long self) {
        List<FieldError> errors = new ArrayList<>();
        if (d.name().strip().length() < 2 || d.name().strip().length() > 200) {
            errors.add(new FieldError("name", "employers.validation.name"));
        }
        Optional<String> number = OrganisationNumber.normalise(d.organisationNumber());
        if (number.isEmpty()) {
            errors.add(new FieldError("organisationNumber", "employers.validation.orgNumber"));
        } else if (employers
                .findByOrgNumber(number.get())
                .filter(e -> !e.id().equals(new EmployerId(self == null ? -1 : self)))
                .isPresent()) {
            errors.add(new FieldError("organisationNumber", "employers.validation.orgTaken"));
        }
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "employers.validation.required"));
        }
        if (d.size() == null) {
            errors.add(new FieldError("size", "employers.validation.required"));
        }
        if (d.industry().isBlank() || d.industry().length() > 120) {
            errors.add(new FieldError("industry", "employers.validation.required"));
        }
        if (d.address().isBlank() || d.address().length() > 300) {
            errors.add(new FieldError("address", "employers.validation.required"));
        }
        if (!EMAIL.matcher(d.contactEmail().strip()).matches()
                || d.contactEmail().length() > 254) {
            errors.add(new FieldError("contactEmail", "employers.validation.email"));
        }
        if (d.contactPhone().length() > 40) {
            errors.add(new FieldError("contactPhone", "employers.validation.phone"));
        }
        if (d.description().length() > 3000) {
            errors.add(new FieldError("description", "employers.validation.long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return number.orElseThrow();
    }
}
