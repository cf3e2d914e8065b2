package se.brobygge.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.GroupNames;
import se.brobygge.events.internal.Organisers;
import se.brobygge.events.internal.SignUpEntity;
import se.brobygge.events.internal.SignUpRecords;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.csv.CsvWriter;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.pdf.PdfDocument;

/**
 * Who is coming and who came: the attendee list, check-in at the door by registration code or by
 * ticking names, and the list as CSV or PDF. For the event's organiser and staff only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CheckInService {

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final Organisers organisers;
    private final SignUpRecords records;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TranslationProvider translations;
    private final AccessAudit audit;

    CheckInService(
            EventRepository events,
            SignUpRepository signUps,
            Organisers organisers,
            SignUpRecords records,
            CurrentUser currentUser,
            Clock clock,
            TranslationProvider translations,
            AccessAudit audit) {
        this.events = events;
        this.signUps = signUps;
        this.organisers = organisers;
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
        this.translations = translations;
        this.audit = audit;
    }

    /** Who is coming: for the event's organiser and staff only. */
    @Transactional(readOnly = true)
    public List<Attendee> attendees(EventId id) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        return records.withNames(signUps.activeAt(id.value()));
    }

    /**
     * Records that the person with this registration code came. Only the organiser and staff may.
     *
     * @throws InvalidInputException "code" when no confirmed sign-up of this event has the code
     */
    @Transactional
    public Attendee checkIn(EventId id, String code) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        String normalised =
                code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        SignUpEntity signUp = signUps.findByCode(id.value(), normalised)
                .filter(s -> s.status() == SignUpStatus.CONFIRMED)
                .orElseThrow(() -> new InvalidInputException("code", "events.checkin.unknownCode"));
        signUp.checkIn(clock.instant());
        return records.toAttendee(signUp);
    }

    /** Ticks a name on the list, or unticks it after a mistake. */
    @Transactional
    public Attendee setCheckedIn(EventId id, String code, boolean present) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        SignUpEntity signUp = signUps.findByCode(id.value(), code).orElseThrow();
        if (present) {
            signUp.checkIn(clock.instant());
        } else {
            signUp.undoCheckIn();
        }
        return records.toAttendee(signUp);
    }

    /**
     * The attendee list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read å, ä, ö
     * and Arabic names right): name, code, status, group (its name in the reader's language), the
     * party (adults and children coming along, seats in all), signed up, checked in. Organiser and
     * staff only.
     */
    @Transactional
    public byte[] attendeesCsv(EventId id, Locale locale) {
        List<Attendee> attendees = attendees(id);
        auditExport(id, "csv");
        List<String> questions = events.findById(id.value()).orElseThrow().questions();
        List<String> header = new ArrayList<>(
                List.of("name", "code", "status", "group", "adults", "children", "seats", "signed_up", "checked_in"));
        header.addAll(questions);
        CsvWriter csv = CsvWriter.withHeader(header);
        for (Attendee a : attendees) {
            List<Object> row = new ArrayList<>(List.of(
                    a.displayName(),
                    a.code(),
                    a.status(),
                    GroupNames.of(a.group(), key -> translations.getTranslation(key, locale)),
                    a.adults(),
                    a.children(),
                    a.partySize(),
                    Formats.dateTime(a.signedUpAt(), locale),
                    a.checkedInAt() == null ? "" : Formats.dateTime(a.checkedInAt(), locale)));
            for (int i = 0; i < questions.size(); i++) {
                row.add(i < a.answers().size() ? a.answers().get(i) : "");
            }
            csv.row(row);
        }
        return csv.toBytes();
    }

    /**
     * The attendee list as a printable PDF in the reader's language (Arabic shaped and right to
     * left): name, code, status, group, party, checked in, and the answers to the event's
     * questions. Seats and people present count whole parties. Organiser and staff only.
     */
    @Transactional
    public byte[] attendeesPdf(EventId id, Locale locale) {
        List<Attendee> attendees = attendees(id);
        auditExport(id, "pdf");
        EventEntity event = events.findById(id.value()).orElseThrow();
        List<String> questions = event.questions();
        BiFunction<String, Object[], String> t = (key, args) -> translations.getTranslation(key, locale, args);
        PdfDocument pdf = new PdfDocument(
                locale.getLanguage(), t.apply("events.attendees.pdf.title", new Object[] {event.title()}));
        int present = attendees.stream()
                .filter(a -> a.checkedInAt() != null)
                .mapToInt(Attendee::partySize)
                .sum();
        int seated = attendees.stream()
                .filter(a -> a.status() == SignUpStatus.CONFIRMED)
                .mapToInt(Attendee::partySize)
                .sum();
        pdf.facts(List.of(
                List.of(
                        t.apply("events.attendees.pdf.when", new Object[0]),
                        Formats.dateTime(event.startsAt(), locale)),
                List.of(t.apply("events.attendees.pdf.seated", new Object[0]), Formats.number(seated, locale)),
                List.of(t.apply("events.attendees.pdf.present", new Object[0]), Formats.number(present, locale))));
        List<String> headers = new ArrayList<>(List.of(
                t.apply("events.attendees.pdf.name", new Object[0]),
                t.apply("events.attendees.pdf.code", new Object[0]),
                t.apply("events.attendees.pdf.status", new Object[0]),
                t.apply("events.attendees.pdf.group", new Object[0]),
                t.apply("events.attendees.pdf.party", new Object[0]),
                t.apply("events.attendees.pdf.checkedIn", new Object[0])));
        headers.addAll(questions);
        List<List<String>> rows = new ArrayList<>();
        for (Attendee a : attendees) {
            List<String> row = new ArrayList<>(List.of(
                    a.displayName(),
                    a.code(),
                    t.apply("events.attendees.status." + a.status(), new Object[0]),
                    GroupNames.of(a.group(), key -> t.apply(key, new Object[0])),
                    partyText(a, t),
                    a.checkedInAt() == null ? "" : Formats.time(a.checkedInAt(), locale)));
            for (int i = 0; i < questions.size(); i++) {
                row.add(i < a.answers().size() ? a.answers().get(i) : "");
            }
            rows.add(row);
        }
        return pdf.table(headers, rows).toPdf();
    }

    /** "3 (1 adult, 1 child with them)"; just "1" for someone coming alone. */
    private static String partyText(Attendee a, BiFunction<String, Object[], String> t) {
        return a.partySize() == 1
                ? "1"
                : t.apply("events.attendees.partyOf", new Object[] {a.partySize(), a.adults(), a.children()});
    }

    /** Every download of an attendee list, by the organiser or staff, is in the staff-access audit. */
    private void auditExport(EventId id, String format) {
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.EXPORT,
                null,
                "events:attendees-" + format + ":" + id.value(),
                "/events/" + id.value() + "/check-in"));
    }
}
