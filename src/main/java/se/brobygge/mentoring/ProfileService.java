package se.brobygge.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.internal.ConsentEntity;
import se.brobygge.mentoring.internal.ConsentRepository;
import se.brobygge.mentoring.internal.MentorshipEntity;
import se.brobygge.mentoring.internal.MentorshipRepository;
import se.brobygge.mentoring.internal.ProfileEntity;
import se.brobygge.mentoring.internal.ProfileRepository;
import se.brobygge.mentoring.internal.SensitiveEntity;
import se.brobygge.mentoring.internal.SensitiveRepository;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.occupation.Occupations;

/**
 * Mentoring profiles. Everyone edits their own; staff coordinators read any profile and the
 * sensitive details; a partner sees {@link PartnerProfile} only after both accepted (see
 * {@link MentorshipService#partner}). Employers and associations have no way in.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    /** The wording of the consent text people agree to; raise when the text changes. */
    public static final String CONSENT_TEXT_VERSION = "2026-1";

    static final String CONSENT_SUBJECT = "country_of_origin,arrival_year";
    public static final int MAX_CAPACITY = 5;

    private final ProfileRepository profiles;
    private final SensitiveRepository sensitive;
    private final ConsentRepository consents;
    private final MentorshipRepository mentorships;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final AccessAudit audit;

    ProfileService(
            ProfileRepository profiles,
            SensitiveRepository sensitive,
            ConsentRepository consents,
            MentorshipRepository mentorships,
            CurrentUser currentUser,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            Clock clock,
            AccessAudit audit) {
        this.audit = audit;
        this.profiles = profiles;
        this.sensitive = sensitive;
        this.consents = consents;
        this.mentorships = mentorships;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** My profile, or an empty one when I have not opted in yet. */
    @Transactional(readOnly = true)
    public MentoringProfile myProfile() {
        AccountId me = currentUser.require();
        return profiles.findById(me.value())
                .map(p -> toProfile(p, currentUser.displayName().orElse("")))
                .orElseGet(
                        () -> new MentoringProfile(me, currentUser.displayName().orElse(""), ProfileDraft.empty(), -1));
    }

    /**
     * Saves my profile in one go.
     *
     * @param expectedVersion the version I read ({@code -1} for a new profile)
     * @throws InvalidInputException per field; "profile"/"mentoring.profile.changedElsewhere" when the
     *         profile was saved elsewhere since I read it
     */
    @Transactional
    public MentoringProfile saveMyProfile(ProfileDraft draft, long expectedVersion) {
        AccountId me = currentUser.require();
        validate(draft);
        ProfileEntity entity = profiles.findById(me.value()).orElseGet(() -> new ProfileEntity(me.value()));
        Long version = entity.version();
        if (expectedVersion >= 0 && (version == null || version != expectedVersion)
                || expectedVersion < 0 && profiles.existsById(me.value())) {
            throw new InvalidInputException("profile", "mentoring.profile.changedElsewhere");
        }
        String oldGoals = entity.goals();
        entity.update(draft, clock.instant());
        try {
            entity = profiles.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException("profile", "mentoring.profile.changedElsewhere");
        }
        if (!draft.goals().isBlank() && !draft.goals().equals(oldGoals)) {
            publisher.publishEvent(new ContentSubmitted(
                    new ContentRef("mentoring", "goals", me.value()),
                    me.value(),
                    draft.goals(),
                    null,
                    "/mentoring/profile",
                    clock.instant()));
        }
        return toProfile(entity, currentUser.displayName().orElse(""));
    }

    /** My sensitive details, if I have given them. */
    @Transactional(readOnly = true)
    public Optional<SensitiveDetails> mySensitiveDetails() {
        return sensitiveOf(currentUser.require().value());
    }

    /**
     * Stores my country of origin and year of arrival with my explicit consent to the current
     * consent text; both are optional, but at least one is needed.
     */
    @Transactional
    public SensitiveDetails giveSensitiveDetails(String countryOfOrigin, Integer arrivalYear, boolean consent) {
        AccountId me = currentUser.require();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String country = countryOfOrigin == null ? "" : countryOfOrigin.strip();
        if (!consent) {
            errors.add(new InvalidInputException.FieldError("consent", "mentoring.sensitive.consentRequired"));
        }
        if (country.isEmpty() && arrivalYear == null) {
            errors.add(new InvalidInputException.FieldError("country", "mentoring.sensitive.nothingGiven"));
        }
        if (country.length() > 100) {
            errors.add(new InvalidInputException.FieldError("country", "mentoring.error.tooLong"));
        }
        int thisYear = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"))
                .getYear();
        if (arrivalYear != null && (arrivalYear < 1940 || arrivalYear > thisYear)) {
            errors.add(new InvalidInputException.FieldError("arrivalYear", "mentoring.sensitive.yearOutOfRange"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        if (consents.activeOf(me.value()).stream()
                .noneMatch(c -> c.textVersion().equals(CONSENT_TEXT_VERSION))) {
            consents.save(new ConsentEntity(me.value(), CONSENT_SUBJECT, CONSENT_TEXT_VERSION, now));
        }
        SensitiveEntity entity = sensitive.findById(me.value()).orElseGet(() -> new SensitiveEntity(me.value()));
        entity.update(country.isEmpty() ? null : country, arrivalYear, now);
        sensitive.save(entity);
        return sensitiveOf(me.value()).orElseThrow();
    }

    /** Withdraws my consent: the details are erased at once; the consent record keeps when. */
    @Transactional
    public void withdrawSensitiveDetails() {
        AccountId me = currentUser.require();
        sensitive.findById(me.value()).ifPresent(sensitive::delete);
        Instant now = clock.instant();
        consents.activeOf(me.value()).forEach(c -> c.withdraw(now));
    }

    /** A person's whole profile, for staff coordinators; every look is in the staff-access audit. */
    @Transactional
    @PreAuthorize(Roles.HAS_STAFF)
    public Optional<MentoringProfile> profileOf(AccountId accountId) {
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.PROFILE_READ,
                accountId.value(),
                "mentoring:profile:" + accountId.value(),
                "/staff/mentoring/rounds"));
        String name = recipients.displayNames(List.of(accountId)).getOrDefault(accountId, "");
        return profiles.findById(accountId.value()).map(p -> toProfile(p, name));
    }

    /** A person's sensitive details, for staff coordinators only; every look is in the staff-access audit. */
    @Transactional
    @PreAuthorize(Roles.HAS_STAFF)
    public Optional<SensitiveDetails> sensitiveDetailsOf(AccountId accountId) {
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.SENSITIVE_READ,
                accountId.value(),
                "mentoring:sensitive:" + accountId.value(),
                "/staff/mentoring/rounds"));
        return sensitiveOf(accountId.value());
    }

    /** Who can go into a new round: opted-in mentees without an open mentorship, mentors with a free place. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_STAFF)
    public List<PoolEntry> pool() {
        List<MentorshipEntity> open = mentorships.withStatus(MentorshipRepository.OPEN);
        List<ProfileEntity> mentees = profiles.mentees();
        List<ProfileEntity> mentors = profiles.mentors();
        List<AccountId> ids = new ArrayList<>();
        mentees.forEach(p -> ids.add(new AccountId(p.accountId())));
        mentors.forEach(p -> ids.add(new AccountId(p.accountId())));
        Map<AccountId, String> names = recipients.displayNames(ids);
        List<PoolEntry> pool = new ArrayList<>();
        for (ProfileEntity p : mentees) {
            AccountId id = new AccountId(p.accountId());
            if (open.stream().noneMatch(m -> m.menteeId() == p.accountId())) {
                pool.add(new PoolEntry(id, names.getOrDefault(id, "?"), true, p.languageCodes(), 1));
            }
        }
        for (ProfileEntity p : mentors) {
            AccountId id = new AccountId(p.accountId());
            long taken =
                    open.stream().filter(m -> m.mentorId() == p.accountId()).count();
            if (taken < p.capacity()) {
                pool.add(new PoolEntry(
                        id, names.getOrDefault(id, "?"), false, p.languageCodes(), (int) (p.capacity() - taken)));
            }
        }
        return pool;
    }

    private Optional<SensitiveDetails> sensitiveOf(long accountId) {
        return sensitive.findById(accountId).map(s -> {
            ConsentEntity consent =
                    consents.activeOf(accountId).stream().findFirst().orElse(null);
            return new SensitiveDetails(
                    s.countryOfOrigin(),
                    s.arrivalYear(),
                    consent == null ? null : consent.givenAt(),
                    consent == null ? null : consent.textVersion());
        });
    }

    static void validate(ProfileDraft d) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (d.asMentee() && d.seeking().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("seeking", "mentoring.profile.seekingRequired"));
        }
        if (d.asMentor() && d.offering().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("offering", "mentoring.profile.offeringRequired"));
        }
        if ((d.asMentee() || d.asMentor()) && d.languages().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("languages", "mentoring.profile.languagesRequired"));
        }
        if ((d.asMentee() || d.asMentor()) && d.times().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("times", "mentoring.profile.timesRequired"));
        }
        if ((d.asMentee() || d.asMentor()) && d.modes().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("modes", "mentoring.profile.modesRequired"));
        }
        if (d.asMentor() && d.capacity() < 1) {
            errors.add(new InvalidInputException.FieldError("capacity", "mentoring.profile.capacityPositive"));
        } else if (d.capacity() > MAX_CAPACITY) {
            errors.add(new InvalidInputException.FieldError("capacity", "mentoring.profile.capacityTooLarge"));
        }
        if (d.partnerMinAge() != null
                && d.partnerMaxAge() != null
                && d.partnerMinAge().compareTo(d.partnerMaxAge()) > 0) {
            errors.add(
                    new InvalidInputException.FieldError("partnerMaxAge", "mentoring.profile.ageRangeContradictory"));
        }
        if (d.sameGenderOnly() && (d.gender() == Gender.UNSTATED)) {
            errors.add(
                    new InvalidInputException.FieldError("sameGenderOnly", "mentoring.profile.sameGenderNeedsGender"));
        }
        if ((d.partnerMinAge() != null || d.partnerMaxAge() != null) && d.ageBand() == null) {
            errors.add(new InvalidInputException.FieldError("ageBand", "mentoring.profile.ageNeededForRange"));
        }
        if (d.occupation() != null && Occupations.byCode(d.occupation()).isEmpty()) {
            errors.add(new InvalidInputException.FieldError("occupation", "mentoring.profile.unknownOccupation"));
        }
        if (d.languages().keySet().stream().anyMatch(code -> !code.matches("[a-z]{2,3}"))) {
            errors.add(new InvalidInputException.FieldError("languages", "mentoring.profile.unknownLanguage"));
        }
        if (d.goals().length() > 2000) {
            errors.add(new InvalidInputException.FieldError("goals", "mentoring.error.tooLong"));
        }
        if (d.freeTags().length() > 300) {
            errors.add(new InvalidInputException.FieldError("freeTags", "mentoring.error.tooLong"));
        }
        if (d.area() != null && d.area().length() > 100) {
            errors.add(new InvalidInputException.FieldError("area", "mentoring.error.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static MentoringProfile toProfile(ProfileEntity e, String displayName) {
        Long version = e.version();
        return new MentoringProfile(
                new AccountId(e.accountId()), displayName, e.toDraft(), version == null ? 0 : version);
    }
}
