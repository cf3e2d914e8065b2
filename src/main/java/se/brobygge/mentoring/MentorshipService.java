package se.brobygge.mentoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.mentoring.matching.Criterion;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Mentorships from invitation to closing, for the two people in them (every method checks that
 * the signed-in person is one of the two) and the coordinator overview for staff.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MentorshipService {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** Check-in answers at or below this alert the coordinator. */
    public static final int ALERT_AT_OR_BELOW = 2;
    /** A check-in not answered by both after this long is overdue. */
    static final Duration CHECK_IN_OVERDUE = Duration.ofDays(14);

    static final Duration ENDING_SOON = Duration.ofDays(30);

    private final MentorshipRepository mentorships;
    private final MeetingRepository meetings;
    private final CheckInRepository checkIns;
    private final ProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final AccessAudit audit;

    MentorshipService(
            MentorshipRepository mentorships,
            MeetingRepository meetings,
            CheckInRepository checkIns,
            ProfileRepository profiles,
            CurrentUser currentUser,
            Recipients recipients,
            TranslationProvider translations,
            ApplicationEventPublisher publisher,
            Clock clock,
            AccessAudit audit) {
        this.audit = audit;
        this.mentorships = mentorships;
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.translations = translations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Called by {@link RoundService#confirm} inside its transaction. */
    @PreAuthorize("hasRole('STAFF')")
    void invite(long roundId, List<ProposalEntity> chosen, long coordinatorId, Instant now, Instant expiresAt) {
        List<MentorshipEntity> open = mentorships.withStatus(
                List.of(MentorshipStatus.INVITED, MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED));
        Set<Long> takenMentees = new HashSet<>();
        open.forEach(m -> takenMentees.add(m.menteeId));
        List<MentorshipEntity> created = new ArrayList<>();
        for (ProposalEntity p : chosen) {
            ProfileEntity mentor = profiles.findById(p.mentorId).orElse(null);
            long mentorLoad = open.stream()
                            .filter(m -> m.mentorId == p.mentorId)
                            .count()
                    + created.stream().filter(m -> m.mentorId == p.mentorId).count();
            if (!takenMentees.add(p.menteeId) || mentor == null || !mentor.asMentor || mentorLoad >= mentor.capacity) {
                throw new InvalidInputException("round", "mentoring.round.confirmConflict");
            }
            MentorshipEntity m = new MentorshipEntity(roundId, p.menteeId, p.mentorId, coordinatorId, now, expiresAt);
            List<Criterion> criteria = Codec.criteria(p.explanation);
            m.explanation = p.explanation;
            m.sharedLanguages = argsOf(criteria, Criterion.Kind.SHARED_LANGUAGES);
            m.sharedInterests = argsOf(criteria, Criterion.Kind.SHARED_INTERESTS);
            created.add(mentorships.save(m));
        }
        mentorships.flush();
        Map<AccountId, String> names = recipients.displayNames(created.stream()
                .flatMap(m -> java.util.stream.Stream.of(new AccountId(m.menteeId), new AccountId(m.mentorId)))
                .toList());
        for (MentorshipEntity m : created) {
            invitation(m, m.menteeId, firstName(names.getOrDefault(new AccountId(m.mentorId), "")));
            invitation(m, m.mentorId, firstName(names.getOrDefault(new AccountId(m.menteeId), "")));
        }
    }

    private void invitation(MentorshipEntity m, long recipient, String partnerFirstName) {
        Locale locale = localeOf(recipient);
        publisher.publishEvent(new NotificationRequested(
                recipient,
                NotificationKind.MENTORING,
                "mentoring-invitation-" + m.id() + "-" + recipient,
                "mentoring.notify.invitation.subject",
                "mentoring.notify.invitation.body",
                List.of(
                        partnerFirstName,
                        languageNames(m.sharedLanguages, locale),
                        interestNames(m.sharedInterests, locale)),
                m.expiresAt,
                "/mentoring"));
    }

    /** My invitations and mentorships, newest first. */
    @Transactional(readOnly = true)
    public List<MentorshipView> mine() {
        long me = currentUser.require().value();
        List<MentorshipEntity> found = mentorships.of(me);
        Map<AccountId, String> names = recipients.displayNames(
                found.stream().map(m -> new AccountId(m.partnerOf(me))).toList());
        return found.stream()
                .map(m -> view(m, me, names.getOrDefault(new AccountId(m.partnerOf(me)), "")))
                .toList();
    }

    private MentorshipView view(MentorshipEntity m, long me, String partnerName) {
        boolean mentee = m.menteeId == me;
        MentorshipView.CheckIn open = null;
        if (m.status == MentorshipStatus.ACTIVE || m.status == MentorshipStatus.PAUSED) {
            open = checkIns.of(m.id()).stream()
                    .filter(c -> (mentee ? c.menteeAt : c.mentorAt) == null)
                    .map(c -> new MentorshipView.CheckIn(c.id(), c.month, c.createdAt))
                    .findFirst()
                    .orElse(null);
        }
        MentorshipEntity.Answer mine = mentee ? m.menteeAnswer : m.mentorAnswer;
        MentorshipEntity.Answer theirs = mentee ? m.mentorAnswer : m.menteeAnswer;
        return new MentorshipView(
                m.id(),
                mentee,
                m.partnerOf(me),
                firstName(partnerName),
                m.status,
                mine == MentorshipEntity.Answer.ACCEPTED,
                theirs == MentorshipEntity.Answer.ACCEPTED,
                split(m.sharedLanguages),
                split(m.sharedInterests),
                m.invitedAt,
                m.expiresAt,
                m.startedAt,
                m.endsAt,
                m.plannedMonths,
                open,
                (mentee ? m.menteeFeedback : m.mentorFeedback) != null);
    }

    /**
     * Accepts my invitation; when both have accepted, the mentorship starts.
     *
     * @throws InvalidInputException "invitation" with "mentoring.invitation.expired" or ".closed"
     */
    @Transactional
    public MentorshipStatus accept(long mentorshipId) {
        long me = currentUser.require().value();
        MentorshipEntity m = mineOrDeny(mentorshipId, me);
        requireOpenInvitation(m);
        if (m.menteeId == me) {
            m.menteeAnswer = MentorshipEntity.Answer.ACCEPTED;
        } else {
            m.mentorAnswer = MentorshipEntity.Answer.ACCEPTED;
        }
        if (m.menteeAnswer == MentorshipEntity.Answer.ACCEPTED && m.mentorAnswer == MentorshipEntity.Answer.ACCEPTED) {
            Instant now = clock.instant();
            m.status = MentorshipStatus.ACTIVE;
            m.startedAt = now;
            m.endsAt = now.atZone(ZONE).plusMonths(m.plannedMonths).toInstant();
            for (long person : List.of(m.menteeId, m.mentorId)) {
                publisher.publishEvent(new NotificationRequested(
                        person,
                        NotificationKind.MENTORING,
                        "mentoring-started-" + m.id() + "-" + person,
                        "mentoring.notify.started.subject",
                        "mentoring.notify.started.body",
                        List.of(),
                        m.startedAt,
                        "/mentoring"));
            }
        }
        save(m);
        return m.status;
    }

    /** Declines my invitation with an optional reason; both people go back to the pool. */
    @Transactional
    public void decline(long mentorshipId, @Nullable String reason) {
        long me = currentUser.require().value();
        MentorshipEntity m = mineOrDeny(mentorshipId, me);
        requireOpenInvitation(m);
        String text = reason == null ? "" : reason.strip();
        if (text.length() > 500) {
            throw new InvalidInputException("reason", "mentoring.error.tooLong");
        }
        if (m.menteeId == me) {
            m.menteeAnswer = MentorshipEntity.Answer.DECLINED;
        } else {
            m.mentorAnswer = MentorshipEntity.Answer.DECLINED;
        }
        m.status = MentorshipStatus.DECLINED;
        m.declineReason = text.isEmpty() ? null : text;
        m.endedAt = clock.instant();
        save(m);
        long partner = m.partnerOf(me);
        publisher.publishEvent(new NotificationRequested(
                partner,
                NotificationKind.MENTORING,
                "mentoring-declined-" + m.id() + "-" + partner,
                "mentoring.notify.declined.subject",
                "mentoring.notify.declined.body",
                List.of(),
                null,
                "/mentoring"));
        publisher.publishEvent(new NotificationRequested(
                m.coordinatorId,
                NotificationKind.MENTORING,
                "mentoring-declined-" + m.id() + "-" + m.coordinatorId,
                "mentoring.notify.declinedStaff.subject",
                "mentoring.notify.declinedStaff.body",
                List.of(text),
                null,
                "/staff/mentoring"));
    }

    private void requireOpenInvitation(MentorshipEntity m) {
        if (m.status != MentorshipStatus.INVITED) {
            throw new InvalidInputException("invitation", "mentoring.invitation.closed");
        }
        if (!clock.instant().isBefore(m.expiresAt)) {
            throw new InvalidInputException("invitation", "mentoring.invitation.expired");
        }
    }

    /** The partner's profile (the parts meant for them), once both have accepted. */
    @Transactional(readOnly = true)
    public PartnerProfile partner(long mentorshipId) {
        long me = currentUser.require().value();
        MentorshipEntity m = mineOrDeny(mentorshipId, me);
        if (m.status == MentorshipStatus.INVITED
                || m.status == MentorshipStatus.DECLINED
                || m.status == MentorshipStatus.EXPIRED) {
            throw new AccessDeniedException("Not accepted by both");
        }
        long partner = m.partnerOf(me);
        ProfileEntity p = profiles.findById(partner).orElseThrow();
        ProfileDraft d = ProfileService.toDraft(p);
        String name = recipients.displayNames(List.of(new AccountId(partner))).getOrDefault(new AccountId(partner), "");
        return new PartnerProfile(
                partner,
                name,
                d.languages(),
                d.occupation(),
                d.interests(),
                d.freeTags(),
                d.area(),
                d.times(),
                d.modes(),
                p.goalsHidden ? "" : d.goals());
    }

    /** Adds a line to the meeting log; either person may. */
    @Transactional
    public void logMeeting(long mentorshipId, @Nullable LocalDate date, int minutes, String what) {
        long me = currentUser.require().value();
        MentorshipEntity m = mineOrDeny(mentorshipId, me);
        requireRunning(m);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("date", "mentoring.meeting.dateRequired"));
        } else if (date.isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("date", "mentoring.meeting.dateInFuture"));
        } else if (m.startedAt != null && date.isBefore(m.startedAt.atZone(ZONE).toLocalDate())) {
            errors.add(new InvalidInputException.FieldError("date", "mentoring.meeting.dateBeforeStart"));
        }
        if (minutes < 5 || minutes > 24 * 60) {
            errors.add(new InvalidInputException.FieldError("minutes", "mentoring.meeting.minutesRange"));
        }
        String text = what == null ? "" : what.strip();
        if (text.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("what", "mentoring.meeting.whatRequired"));
        } else if (text.length() > 1000) {
            errors.add(new InvalidInputException.FieldError("what", "mentoring.error.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MeetingEntity saved = meetings.save(new MeetingEntity(m.id(), me, date, minutes, text, clock.instant()));
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef("mentoring", "meeting", saved.id == null ? 0 : saved.id),
                me,
                text,
                null,
                "/mentoring",
                clock.instant()));
    }

    /** The meeting log: for the two in the mentorship, and for staff (whose look is audited). */
    @Transactional
    public List<Meeting> meetings(long mentorshipId) {
        long me = currentUser.require().value();
        MentorshipEntity m = currentUser.hasRole("STAFF")
                ? mentorships.findById(mentorshipId).orElseThrow()
                : mineOrDeny(mentorshipId, me);
        if (m.menteeId != me && m.mentorId != me) {
            audit.record(new StaffAccess(
                    me, AccessKind.MENTORING_READ, m.menteeId, "mentoring:meetings:" + mentorshipId, "/mentoring"));
        }
        Map<AccountId, String> names =
                recipients.displayNames(List.of(new AccountId(m.menteeId), new AccountId(m.mentorId)));
        return meetings.of(m.id()).stream()
                .map(x -> new Meeting(
                        x.id == null ? 0 : x.id,
                        x.metOn,
                        x.minutes,
                        x.hidden ? "" : x.what,
                        firstName(names.getOrDefault(new AccountId(x.authorId), "")),
                        x.hidden))
                .toList();
    }

    /**
     * My answer to a check-in: 1 (bad) to 5 (very good) and a comment. A low score alerts the coordinator.
     */
    @Transactional
    public void answerCheckIn(long checkInId, int score, @Nullable String comment) {
        long me = currentUser.require().value();
        CheckInEntity c = checkIns.findById(checkInId)
                .orElseThrow(() -> new InvalidInputException("checkIn", "mentoring.checkin.unknown"));
        MentorshipEntity m = mineOrDeny(c.mentorshipId, me);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (score < 1 || score > 5) {
            errors.add(new InvalidInputException.FieldError("score", "mentoring.checkin.scoreRange"));
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 1000) {
            errors.add(new InvalidInputException.FieldError("comment", "mentoring.error.tooLong"));
        }
        boolean mentee = m.menteeId == me;
        if ((mentee ? c.menteeAt : c.mentorAt) != null) {
            errors.add(new InvalidInputException.FieldError("checkIn", "mentoring.checkin.alreadyAnswered"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        if (mentee) {
            c.menteeScore = score;
            c.menteeComment = text.isEmpty() ? null : text;
            c.menteeAt = now;
        } else {
            c.mentorScore = score;
            c.mentorComment = text.isEmpty() ? null : text;
            c.mentorAt = now;
        }
        if (score <= ALERT_AT_OR_BELOW && !c.alert) {
            c.alert = true;
            publisher.publishEvent(new NotificationRequested(
                    m.coordinatorId,
                    NotificationKind.MENTORING,
                    "mentoring-alert-" + c.id(),
                    "mentoring.notify.alert.subject",
                    "mentoring.notify.alert.body",
                    List.of(String.valueOf(c.month), String.valueOf(score)),
                    null,
                    "/staff/mentoring"));
        }
        checkIns.save(c);
    }

    /** Pauses a running mentorship (illness, travel); check-ins wait meanwhile. */
    @Transactional
    public void pause(long mentorshipId, String reason) {
        MentorshipEntity m = mineOrDeny(mentorshipId, currentUser.require().value());
        if (m.status != MentorshipStatus.ACTIVE) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notActive");
        }
        m.status = MentorshipStatus.PAUSED;
        m.endReason = requireReason(reason);
        save(m);
        notifyPartnerAndCoordinator(m, "paused");
    }

    @Transactional
    public void resume(long mentorshipId) {
        MentorshipEntity m = mineOrDeny(mentorshipId, currentUser.require().value());
        if (m.status != MentorshipStatus.PAUSED) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notPaused");
        }
        m.status = MentorshipStatus.ACTIVE;
        m.endReason = null;
        save(m);
    }

    /** Ends the mentorship before its planned end, with a reason the coordinator sees. */
    @Transactional
    public void endEarly(long mentorshipId, String reason) {
        MentorshipEntity m = mineOrDeny(mentorshipId, currentUser.require().value());
        requireRunning(m);
        m.status = MentorshipStatus.ENDED_EARLY;
        m.endReason = requireReason(reason);
        m.endedAt = clock.instant();
        save(m);
        notifyPartnerAndCoordinator(m, "ended");
    }

    /**
     * My closing feedback. The mentorship closes when it was running (or ended early) and both have given theirs.
     */
    @Transactional
    public void giveFeedback(long mentorshipId, String feedback) {
        long me = currentUser.require().value();
        MentorshipEntity m = mineOrDeny(mentorshipId, me);
        if (m.status != MentorshipStatus.ACTIVE
                && m.status != MentorshipStatus.PAUSED
                && m.status != MentorshipStatus.ENDED_EARLY) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notActive");
        }
        String text = feedback == null ? "" : feedback.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("feedback", "mentoring.feedback.required");
        }
        if (text.length() > 2000) {
            throw new InvalidInputException("feedback", "mentoring.error.tooLong");
        }
        if (m.menteeId == me) {
            m.menteeFeedback = text;
        } else {
            m.mentorFeedback = text;
        }
        if (m.menteeFeedback != null && m.mentorFeedback != null) {
            if (m.status != MentorshipStatus.ENDED_EARLY) {
                m.status = MentorshipStatus.CLOSED;
            }
            if (m.endedAt == null) {
                m.endedAt = clock.instant();
            }
        }
        save(m);
    }

    /** The coordinator's follow-up lists. */
    @Transactional
    @PreAuthorize("hasRole('STAFF')")
    public CoordinatorOverview overview() {
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.MENTORING_READ,
                null,
                "mentoring:follow-up",
                "/staff/mentoring"));
        Instant now = clock.instant();
        List<MentorshipEntity> running = mentorships.withStatus(
                List.of(MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED, MentorshipStatus.INVITED));
        List<CheckInEntity> overdue = checkIns.unansweredSince(now.minus(CHECK_IN_OVERDUE));
        List<CheckInEntity> alerts = checkIns.alerts();
        Set<AccountId> ids = new HashSet<>();
        List<MentorshipEntity> involved = new ArrayList<>(running);
        for (CheckInEntity c : concat(overdue, alerts)) {
            if (involved.stream().noneMatch(m -> m.id() == c.mentorshipId)) {
                mentorships.findById(c.mentorshipId).ifPresent(involved::add);
            }
        }
        involved.forEach(m -> {
            ids.add(new AccountId(m.menteeId));
            ids.add(new AccountId(m.mentorId));
        });
        Map<AccountId, String> names = recipients.displayNames(ids);
        java.util.function.Function<MentorshipEntity, CoordinatorOverview.Pair> pair =
                m -> new CoordinatorOverview.Pair(
                        m.id(),
                        names.getOrDefault(new AccountId(m.menteeId), "?"),
                        names.getOrDefault(new AccountId(m.mentorId), "?"),
                        m.status,
                        m.startedAt,
                        m.endsAt,
                        meetings.of(m.id()).size());
        java.util.function.Function<CheckInEntity, CoordinatorOverview.CheckInRow> row = c -> {
            MentorshipEntity m = involved.stream()
                    .filter(x -> x.id() == c.mentorshipId)
                    .findFirst()
                    .orElseThrow();
            return new CoordinatorOverview.CheckInRow(
                    m.id(),
                    names.getOrDefault(new AccountId(m.menteeId), "?"),
                    names.getOrDefault(new AccountId(m.mentorId), "?"),
                    c.month,
                    c.createdAt,
                    c.menteeScore,
                    c.menteeComment,
                    c.mentorScore,
                    c.mentorComment);
        };
        List<MentorshipEntity> active = running.stream()
                .filter(m -> m.status != MentorshipStatus.INVITED)
                .toList();
        return new CoordinatorOverview(
                active.stream().map(pair).toList(),
                overdue.stream()
                        .filter(c -> involved.stream()
                                .anyMatch(m -> m.id() == c.mentorshipId && (m.status == MentorshipStatus.ACTIVE)))
                        .map(row)
                        .toList(),
                alerts.stream().map(row).toList(),
                active.stream()
                        .filter(m -> m.status == MentorshipStatus.ACTIVE
                                && m.endsAt != null
                                && m.endsAt.isBefore(now.plus(ENDING_SOON)))
                        .sorted(Comparator.comparing(m -> m.endsAt))
                        .map(pair)
                        .toList(),
                running.stream()
                        .filter(m -> m.status == MentorshipStatus.INVITED)
                        .map(pair)
                        .toList());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void notifyPartnerAndCoordinator(MentorshipEntity m, String what) {
        long me = currentUser.require().value();
        long partner = m.partnerOf(me);
        publisher.publishEvent(new NotificationRequested(
                partner,
                NotificationKind.MENTORING,
                "mentoring-" + what + "-" + m.id() + "-" + m.version,
                "mentoring.notify." + what + ".subject",
                "mentoring.notify." + what + ".body",
                List.of(m.endReason == null ? "" : m.endReason),
                null,
                "/mentoring"));
        publisher.publishEvent(new NotificationRequested(
                m.coordinatorId,
                NotificationKind.MENTORING,
                "mentoring-" + what + "-staff-" + m.id() + "-" + m.version,
                "mentoring.notify." + what + ".subject",
                "mentoring.notify." + what + ".body",
                List.of(m.endReason == null ? "" : m.endReason),
                null,
                "/staff/mentoring"));
    }

    private static String requireReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "mentoring.mentorship.reasonRequired");
        }
        if (text.length() > 500) {
            throw new InvalidInputException("reason", "mentoring.error.tooLong");
        }
        return text;
    }

    private static void requireRunning(MentorshipEntity m) {
        if (m.status != MentorshipStatus.ACTIVE && m.status != MentorshipStatus.PAUSED) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notActive");
        }
    }

    /** Only the two people in a mentorship may act on it; everyone else, another mentor included, is denied. */
    private MentorshipEntity mineOrDeny(long mentorshipId, long me) {
        Optional<MentorshipEntity> found = mentorships.findById(mentorshipId);
        if (found.isEmpty() || !found.get().involves(me)) {
            throw new AccessDeniedException("Not your mentorship");
        }
        return found.get();
    }

    private void save(MentorshipEntity m) {
        try {
            mentorships.saveAndFlush(m);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.changedMeanwhile");
        }
    }

    private Locale localeOf(long accountId) {
        return recipients
                .of(new AccountId(accountId))
                .map(r -> Locale.forLanguageTag(r.language()))
                .orElse(Locale.forLanguageTag("sv"));
    }

    String languageNames(String codes, Locale locale) {
        return ListText.of(
                split(codes).stream().map(c -> languageName(c, locale)).toList(), locale);
    }

    String interestNames(String names, Locale locale) {
        return ListText.of(
                split(names).stream()
                        .map(n -> translations.getTranslation("mentoring.interest." + n, locale))
                        .toList(),
                locale);
    }

    /** A language code's name in the given locale ("ar" → "arabiska" in Swedish). */
    public static String languageName(String code, Locale locale) {
        return LanguageNames.of(code, locale);
    }

    static String firstName(String displayName) {
        String trimmed = displayName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static List<String> split(String csv) {
        return csv.isBlank() ? List.of() : Arrays.asList(csv.split("\\|"));
    }

    private static String argsOf(List<Criterion> criteria, Criterion.Kind kind) {
        return criteria.stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .map(c -> String.join("|", c.args()))
                .orElse("");
    }
}
