package se.brobygge.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Seating;
import se.brobygge.events.internal.SignUpCodes;
import se.brobygge.events.internal.SignUpEntity;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.text.PlainText;

/**
 * Signing up, waiting and cancelling. Every change to an event's seats happens while holding that
 * event's row lock, so the last seat goes to exactly one person, and the confirmed count and the
 * sign-ups never disagree. The unique key (event, person) makes a double click one sign-up.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SignUpService {

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final SignUpCodes codes;
    private final EventService eventService;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final Seating seating;
    private final se.brobygge.identity.GuestAccounts guestAccounts;
    private final se.brobygge.events.internal.Reminders reminders;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final se.brobygge.shared.i18n.TranslationProvider translations;
    private final se.brobygge.shared.audit.AccessAudit audit;
    private final se.brobygge.shared.ratelimit.RateLimits rateLimits;

    SignUpService(
            EventRepository events,
            SignUpRepository signUps,
            SignUpCodes codes,
            EventService eventService,
            CurrentUser currentUser,
            Recipients recipients,
            Seating seating,
            se.brobygge.events.internal.Reminders reminders,
            se.brobygge.identity.GuestAccounts guestAccounts,
            ApplicationEventPublisher publisher,
            Clock clock,
            se.brobygge.shared.i18n.TranslationProvider translations,
            se.brobygge.shared.audit.AccessAudit audit,
            se.brobygge.shared.ratelimit.RateLimits rateLimits) {
        this.audit = audit;
        this.rateLimits = rateLimits;
        this.translations = translations;
        this.guestAccounts = guestAccounts;
        this.reminders = reminders;
        this.seating = seating;
        this.recipients = recipients;
        this.events = events;
        this.signUps = signUps;
        this.codes = codes;
        this.eventService = eventService;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Takes a seat, or a place on the waitlist when the event is full. Signing up again while
     * signed up changes nothing.
     *
     * @throws InvalidInputException "event" when the event is cancelled, started or past its deadline
     */
    @Transactional
    public MySignUp signUp(EventId id) {
        return signUp(id, SignUpRequest.PLAIN);
    }

    /** Signs up in a group: a kept seat of that group first (see {@link SeatQuota}), then a general seat. */
    @Transactional
    public MySignUp signUp(EventId id, String group) {
        return signUp(id, new SignUpRequest(group, List.of()));
    }

    /**
     * Signs up with a group and answers to the event's questions. With approval on, the sign-up
     * waits for the organiser; otherwise it takes a seat, or a place on the waitlist.
     *
     * @throws InvalidInputException "event" when the event is cancelled, started or past its
     *         deadline; "answers" when an answer is too long
     */
    @Transactional
    public MySignUp signUp(EventId id, SignUpRequest request) {
        AccountId me = currentUser.require();
        EventEntity event = events.lockById(id.value())
                .orElseThrow(() -> new InvalidInputException("event", "events.signup.unknown"));
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED) {
            throw new InvalidInputException("event", "events.signup.cancelled");
        }
        if (!now.isBefore(event.startsAt()) || event.signupDeadline() != null && now.isAfter(event.signupDeadline())) {
            throw new InvalidInputException("event", "events.signup.closed");
        }
        List<String> answers = answers(event, request.answers());
        String group = request.group() == null || request.group().isBlank()
                ? null
                : request.group().strip();
        if (group != null && event.quotas().stream().noneMatch(q -> q.group().equals(group))) {
            throw new InvalidInputException("group", "events.signup.unknownGroup");
        }
        Optional<SignUpEntity> existing = signUps.find(id.value(), me.value());
        if (existing.isPresent() && existing.get().status().active()) {
            return toMine(event, existing.get());
        }
        rateLimits.acquire("sign-up", Long.toString(me.value()), "event", "events.signup.rateLimited");
        SignUpEntity signUp;
        if (existing.isPresent()) {
            signUp = existing.get();
            signUp.rejoin(SignUpStatus.PENDING, now);
        } else {
            signUp = new SignUpEntity(id.value(), me.value(), SignUpStatus.PENDING, codes.next(), now);
        }
        signUp.describe(group, answers);
        SignUpStatus status = event.approvalRequired() ? SignUpStatus.PENDING : seating.seatOrQueue(event, signUp);
        try {
            signUp = signUps.saveAndFlush(signUp);
        } catch (DataIntegrityViolationException sameCodeOrSamePerson) {
            throw new IllegalStateException("Sign-up could not be stored; nothing changed", sameCodeOrSamePerson);
        }
        MySignUp mine = toMine(event, signUp);
        announce(event, signUp, status, mine.waitlistPosition());
        return mine;
    }

    private static List<String> answers(EventEntity event, List<String> given) {
        List<String> questions = event.questions();
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < given.size() ? PlainText.line(given.get(i)) : "";
            if (answer.length() > 500) {
                throw new InvalidInputException("answers", "events.signup.answerTooLong");
            }
            answers.add(answer);
        }
        return answers;
    }

    private void announce(EventEntity event, SignUpEntity signUp, SignUpStatus status, @Nullable Integer position) {
        AccountId person = new AccountId(signUp.accountId());
        switch (status) {
            case CONFIRMED ->
                publisher.publishEvent(new SignUpConfirmed(
                        person, event.id(), event.title(), event.startsAt(), signUp.code(), signUp.createdAt()));
            case WAITING ->
                publisher.publishEvent(new SignUpWaitlisted(
                        person,
                        event.id(),
                        event.title(),
                        event.startsAt(),
                        position == null ? 0 : position,
                        signUp.createdAt()));
            case PENDING ->
                publisher.publishEvent(new NotificationRequested(
                        person.value(),
                        NotificationKind.SIGN_UP_CONFIRMATION,
                        "signup-pending:" + signUp.id() + ":" + signUp.createdAt(),
                        "events.notify.pending.subject",
                        "events.notify.pending.body",
                        List.of(event.title()),
                        event.startsAt(),
                        "/events/" + event.id().value()));
            default -> {}
        }
    }

    /** Gives up a seat or a place in line; the first person waiting gets the seat and is told. */
    @Transactional
    public void cancel(EventId id) {
        AccountId me = currentUser.require();
        EventEntity event = events.lockById(id.value()).orElseThrow();
        Optional<SignUpEntity> found = signUps.find(id.value(), me.value());
        if (found.isEmpty() || !found.get().status().active()) {
            return;
        }
        seating.cancel(event, found.get());
    }

    /** Sign-ups waiting for approval, for the organiser and staff. */
    @Transactional(readOnly = true)
    public List<Attendee> pending(EventId id) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        return withNames(signUps.pending(id.value()));
    }

    /**
     * The organiser approves a sign-up: the person gets a seat, or a place on the waitlist when
     * the event is full, and is told either way.
     */
    @Transactional
    public Attendee approve(EventId id, String code) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        SignUpEntity signUp = signUps.findByCode(id.value(), code)
                .filter(s -> s.status() == SignUpStatus.PENDING)
                .orElseThrow(() -> new InvalidInputException("code", "events.approval.notPending"));
        SignUpStatus status = seating.seatOrQueue(event, signUp);
        signUps.flush();
        announce(
                event,
                signUp,
                status,
                status == SignUpStatus.WAITING
                        ? (int) signUps.positionInLine(id.value(), signUp.createdAt(), signUp.id())
                        : null);
        return toAttendee(signUp);
    }

    /** The organiser declines a sign-up, with a reason the person is told. */
    @Transactional
    public void decline(EventId id, String code, String reason) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        if (reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "events.validation.reason");
        }
        SignUpEntity signUp = signUps.findByCode(id.value(), code)
                .filter(s -> s.status() == SignUpStatus.PENDING)
                .orElseThrow(() -> new InvalidInputException("code", "events.approval.notPending"));
        signUp.change(SignUpStatus.DECLINED, clock.instant());
        publisher.publishEvent(new NotificationRequested(
                signUp.accountId(),
                NotificationKind.SIGN_UP_CONFIRMATION,
                "signup-declined:" + signUp.id() + ":" + signUp.createdAt(),
                "events.notify.declined.subject",
                "events.notify.declined.body",
                List.of(event.title(), PlainText.text(reason)),
                event.startsAt(),
                "/events/" + event.id().value()));
    }

    /**
     * A guest signs up without an account: name and e-mail. Nothing takes effect until the guest
     * opens the link mailed to that address (which proves the address is theirs); the same link
     * cancels later. Asking again for the same event within ten minutes sends no second mail.
     *
     * @throws InvalidInputException "guestName", "guestEmail", or "event" when sign-up is closed
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestAsGuest(EventId id, GuestSignUp guest) {
        java.util.List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        String name = PlainText.line(guest.name());
        if (name.length() < 2 || name.length() > 80) {
            errors.add(new InvalidInputException.FieldError("guestName", "events.guest.name"));
        }
        if (!se.brobygge.identity.GuestAccounts.validEmail(guest.email())) {
            errors.add(new InvalidInputException.FieldError("guestEmail", "events.guest.email"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EventEntity event = events.lockById(id.value())
                .orElseThrow(() -> new InvalidInputException("event", "events.signup.unknown"));
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED) {
            throw new InvalidInputException("event", "events.signup.cancelled");
        }
        if (!now.isBefore(event.startsAt()) || event.signupDeadline() != null && now.isAfter(event.signupDeadline())) {
            throw new InvalidInputException("event", "events.signup.closed");
        }
        String group =
                guest.request().group() == null || guest.request().group().isBlank()
                        ? null
                        : guest.request().group().strip();
        if (group != null && event.quotas().stream().noneMatch(q -> q.group().equals(group))) {
            throw new InvalidInputException("group", "events.signup.unknownGroup");
        }
        List<String> answers = answers(event, guest.request().answers());
        se.brobygge.shared.ratelimit.ClientAddress.current()
                .ifPresent(address ->
                        rateLimits.acquire("sign-up", "guest:" + address, "guestEmail", "events.signup.rateLimited"));
        AccountId person = guestAccounts.findOrCreate(guest.email(), name, guest.language());
        Optional<SignUpEntity> existing = signUps.find(id.value(), person.value());
        if (existing.isPresent()
                && existing.get().status() == SignUpStatus.UNCONFIRMED
                && existing.get().updatedAt().isAfter(now.minus(java.time.Duration.ofMinutes(10)))) {
            return; // the mail is on its way
        }
        SignUpEntity signUp;
        if (existing.isEmpty()) {
            signUp = new SignUpEntity(id.value(), person.value(), SignUpStatus.UNCONFIRMED, codes.next(), now);
        } else if (existing.get().status().active()) {
            signUp = existing.get(); // already signed up: a fresh link to see or cancel it
        } else {
            signUp = existing.get();
            signUp.rejoin(SignUpStatus.UNCONFIRMED, now);
        }
        if (!signUp.status().active()) {
            signUp.describe(group, answers);
        }
        String secret = se.brobygge.shared.Secrets.newUrlToken();
        signUp.guestToken(se.brobygge.shared.Secrets.sha256Hex(secret));
        signUp = signUps.saveAndFlush(signUp);
        publisher.publishEvent(new NotificationRequested(
                person.value(),
                NotificationKind.SIGN_UP_CONFIRMATION,
                "guest-link:" + signUp.id() + ":" + now.toEpochMilli(),
                "events.notify.guest.subject",
                "events.notify.guest.body",
                List.of(event.title()),
                event.startsAt(),
                "/events/guest/" + secret));
    }

    /** What the guest's link shows: the event and the sign-up's state; empty for an unknown link. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MySignUp> asGuest(String secret) {
        return guestSignUp(secret).flatMap(s -> events.findById(s.eventId()).map(e -> toMine(e, s)));
    }

    /** The guest opened the link and confirms: a seat, the waitlist, or the organiser's approval. */
    @PreAuthorize("permitAll()")
    @Transactional
    public MySignUp confirmAsGuest(String secret) {
        SignUpEntity found =
                guestSignUp(secret).orElseThrow(() -> new InvalidInputException("token", "events.guest.unknownLink"));
        EventEntity event = events.lockById(found.eventId()).orElseThrow();
        SignUpEntity signUp = signUps.findById(found.id()).orElseThrow();
        if (signUp.status() != SignUpStatus.UNCONFIRMED) {
            return toMine(event, signUp);
        }
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED) {
            throw new InvalidInputException("event", "events.signup.cancelled");
        }
        if (!now.isBefore(event.startsAt()) || event.signupDeadline() != null && now.isAfter(event.signupDeadline())) {
            throw new InvalidInputException("event", "events.signup.closed");
        }
        SignUpStatus status;
        if (event.approvalRequired()) {
            signUp.change(SignUpStatus.PENDING, now);
            status = SignUpStatus.PENDING;
        } else {
            status = seating.seatOrQueue(event, signUp);
        }
        signUps.flush();
        MySignUp mine = toMine(event, signUp);
        announce(event, signUp, status, mine.waitlistPosition());
        return mine;
    }

    /** The guest cancels from the link; the first person waiting gets the seat. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void cancelAsGuest(String secret) {
        SignUpEntity found =
                guestSignUp(secret).orElseThrow(() -> new InvalidInputException("token", "events.guest.unknownLink"));
        EventEntity event = events.lockById(found.eventId()).orElseThrow();
        SignUpEntity signUp = signUps.findById(found.id()).orElseThrow();
        if (!signUp.status().active() && signUp.status() != SignUpStatus.UNCONFIRMED) {
            return;
        }
        seating.cancel(event, signUp);
    }

    private Optional<SignUpEntity> guestSignUp(String secret) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return signUps.findByGuestToken(se.brobygge.shared.Secrets.sha256Hex(secret));
    }

    /** Choices offered for reminders, in hours before the event. */
    public static final List<Integer> REMINDER_CHOICES = List.of(1, 3, 24, 48, 168);

    /** How long before my events I am reminded; empty: never. */
    @Transactional(readOnly = true)
    public Optional<Integer> reminderHours() {
        return reminders.hoursFor(currentUser.require().value());
    }

    /**
     * Sets how long before my events I am reminded (one of {@link #REMINDER_CHOICES}), or null for
     * no reminders.
     */
    @Transactional
    public void setReminderHours(@Nullable Integer hours) {
        if (hours != null && !REMINDER_CHOICES.contains(hours)) {
            throw new InvalidInputException("reminder", "events.reminder.invalid");
        }
        reminders.setHours(currentUser.require().value(), hours);
    }

    /** Free seats now, per group with kept seats and in general; for the event page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SeatsLeft seatsLeft(EventId id) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        var plan = seating.plan(event);
        java.util.Map<String, Integer> kept = new java.util.LinkedHashMap<>();
        for (SeatQuota quota : event.quotas()) {
            if (!quota.releasedBy(clock.instant())) {
                kept.put(quota.group(), plan.keptFree(quota.group()));
            }
        }
        return new SeatsLeft(event.capacity() == null ? null : plan.generalFree(), kept);
    }

    @Transactional(readOnly = true)
    public Optional<MySignUp> mine(EventId id) {
        AccountId me = currentUser.require();
        return events.findById(id.value())
                .flatMap(event -> signUps.find(id.value(), me.value())
                        .filter(s -> s.status().active())
                        .map(s -> toMine(event, s)));
    }

    /** My sign-ups and waitlist places, soonest first. */
    @Transactional(readOnly = true)
    public List<MySignUp> mine() {
        AccountId me = currentUser.require();
        return signUps.activeOf(me.value()).stream()
                .map(s -> events.findById(s.eventId()).map(e -> toMine(e, s)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((MySignUp m) -> m.event().startsAt()))
                .toList();
    }

    /** Who is coming: for the event's organiser and staff only. */
    @Transactional(readOnly = true)
    public List<Attendee> attendees(EventId id) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        return withNames(signUps.activeAt(id.value()));
    }

    private List<Attendee> withNames(List<SignUpEntity> list) {
        var names = recipients.displayNames(
                list.stream().map(s -> new AccountId(s.accountId())).toList());
        return list.stream()
                .map(s -> toAttendee(s, names.getOrDefault(new AccountId(s.accountId()), "?")))
                .toList();
    }

    /**
     * Records that the person with this registration code came. Only the organiser and staff may.
     *
     * @throws InvalidInputException "code" when no confirmed sign-up of this event has the code
     */
    @Transactional
    public Attendee checkIn(EventId id, String code) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        String normalised =
                code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
        SignUpEntity signUp = signUps.findByCode(id.value(), normalised)
                .filter(s -> s.status() == SignUpStatus.CONFIRMED)
                .orElseThrow(() -> new InvalidInputException("code", "events.checkin.unknownCode"));
        signUp.checkIn(clock.instant());
        return toAttendee(signUp);
    }

    /**
     * The attendee list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read å, ä, ö
     * and Arabic names right): name, code, status, signed up, checked in. Organiser and staff only.
     */
    @Transactional
    public byte[] attendeesCsv(EventId id, java.util.Locale locale) {
        List<Attendee> attendees = attendees(id);
        auditExport(id, "csv");
        List<String> questions = events.findById(id.value()).orElseThrow().questions();
        List<String> header =
                new java.util.ArrayList<>(List.of("name", "code", "status", "group", "signed_up", "checked_in"));
        header.addAll(questions);
        se.brobygge.shared.csv.CsvWriter csv = se.brobygge.shared.csv.CsvWriter.withHeader(header);
        for (Attendee a : attendees) {
            List<Object> row = new java.util.ArrayList<>(List.of(
                    a.displayName(),
                    a.code(),
                    a.status(),
                    a.group() == null ? "" : a.group(),
                    se.brobygge.shared.i18n.Formats.dateTime(a.signedUpAt(), locale),
                    a.checkedInAt() == null ? "" : se.brobygge.shared.i18n.Formats.dateTime(a.checkedInAt(), locale)));
            for (int i = 0; i < questions.size(); i++) {
                row.add(i < a.answers().size() ? a.answers().get(i) : "");
            }
            csv.row(row);
        }
        return csv.toBytes();
    }

    /**
     * The attendee list as a printable PDF in the reader's language (Arabic shaped and right to
     * left): name, code, status, group, checked in, and the answers to the event's questions.
     * Organiser and staff only.
     */
    @Transactional
    public byte[] attendeesPdf(EventId id, java.util.Locale locale) {
        List<Attendee> attendees = attendees(id);
        auditExport(id, "pdf");
        EventEntity event = events.findById(id.value()).orElseThrow();
        List<String> questions = event.questions();
        java.util.function.BiFunction<String, Object[], String> t =
                (key, args) -> translations.getTranslation(key, locale, args);
        se.brobygge.shared.pdf.PdfDocument pdf = new se.brobygge.shared.pdf.PdfDocument(
                locale.getLanguage(), t.apply("events.attendees.pdf.title", new Object[] {event.title()}));
        long present = attendees.stream().filter(a -> a.checkedInAt() != null).count();
        long seated = attendees.stream()
                .filter(a -> a.status() == SignUpStatus.CONFIRMED)
                .count();
        pdf.facts(List.of(
                List.of(
                        t.apply("events.attendees.pdf.when", new Object[0]),
                        se.brobygge.shared.i18n.Formats.dateTime(event.startsAt(), locale)),
                List.of(t.apply("events.attendees.pdf.seated", new Object[0]), Long.toString(seated)),
                List.of(t.apply("events.attendees.pdf.present", new Object[0]), Long.toString(present))));
        List<String> headers = new java.util.ArrayList<>(List.of(
                t.apply("events.attendees.pdf.name", new Object[0]),
                t.apply("events.attendees.pdf.code", new Object[0]),
                t.apply("events.attendees.pdf.status", new Object[0]),
                t.apply("events.attendees.pdf.group", new Object[0]),
                t.apply("events.attendees.pdf.checkedIn", new Object[0])));
        headers.addAll(questions);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Attendee a : attendees) {
            List<String> row = new java.util.ArrayList<>(List.of(
                    a.displayName(),
                    a.code(),
                    t.apply("events.attendees.status." + a.status(), new Object[0]),
                    a.group() == null ? "" : a.group(),
                    a.checkedInAt() == null ? "" : se.brobygge.shared.i18n.Formats.time(a.checkedInAt(), locale)));
            for (int i = 0; i < questions.size(); i++) {
                row.add(i < a.answers().size() ? a.answers().get(i) : "");
            }
            rows.add(row);
        }
        return pdf.table(headers, rows).toPdf();
    }

    /** Every download of an attendee list, by the organiser or staff, is in the staff-access audit. */
    private void auditExport(EventId id, String format) {
        audit.record(new se.brobygge.shared.audit.StaffAccess(
                currentUser.require().value(),
                se.brobygge.shared.audit.AccessKind.EXPORT,
                null,
                "events:attendees-" + format + ":" + id.value(),
                "/events/" + id.value() + "/check-in"));
    }

    /** Ticks a name on the list, or unticks it after a mistake. */
    @Transactional
    public Attendee setCheckedIn(EventId id, String code, boolean present) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        SignUpEntity signUp = signUps.findByCode(id.value(), code).orElseThrow();
        if (present) {
            signUp.checkIn(clock.instant());
        } else {
            signUp.undoCheckIn();
        }
        return toAttendee(signUp);
    }

    private Attendee toAttendee(SignUpEntity s) {
        return toAttendee(
                s,
                recipients
                        .of(new AccountId(s.accountId()))
                        .map(Recipients.Recipient::displayName)
                        .orElse("?"));
    }

    private static Attendee toAttendee(SignUpEntity s, String displayName) {
        return new Attendee(
                displayName, s.status(), s.code(), s.createdAt(), s.checkedInAt(), s.groupCode(), s.answers());
    }

    private MySignUp toMine(EventEntity event, SignUpEntity signUp) {
        Integer position = signUp.status() == SignUpStatus.WAITING
                ? (int) signUps.positionInLine(event.id().value(), signUp.createdAt(), signUp.id())
                : null;
        return new MySignUp(event.toSummary(), signUp.status(), signUp.code(), position);
    }
}
