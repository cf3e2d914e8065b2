package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.support.RunAs.as;
import static se.brobygge.support.RunAs.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.events.internal.Seating;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Kept seats per group, organiser approval, sign-up questions, and changing an event. */
@IntegrationTest
class SignUpRulesIT {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    EventSeriesService eventSeries;

    @Autowired
    SignUpService signUps;

    @Autowired
    SignUpApprovalService approvals;

    @Autowired
    CheckInService checkIns;

    @Autowired
    Seating seating;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    PublishedRecorder published;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private TestAccounts.Created staff() {
        return accounts.create("Lina Personal", Roles.STAFF);
    }

    private TestAccounts.Created resident(String name) {
        return accounts.create(name, Roles.RESIDENT);
    }

    private static EventDraft withRules(
            EventDraft d, List<SeatQuota> quotas, boolean approval, List<String> questions) {
        return d.toBuilder()
                .quotas(quotas)
                .approvalRequired(approval)
                .questions(questions)
                .build();
    }

    @Test
    void keptSeatsGoToTheirGroupUntilReleasedThenToThoseWaiting() {
        var organiser = staff();
        EventDraft base = TestEvents.draft("Språkcafé med reserverade platser", 3);
        Instant release =
                base.startsAt().atZone(Formats.MUNICIPALITY_ZONE).toInstant().minus(Duration.ofDays(2));
        EventId id = as(
                organiser,
                Roles.STAFF,
                () -> editing.create(
                        withRules(base, List.of(new SeatQuota("NEWCOMERS", 2, release)), false, List.of())));

        var erik = resident("Erik");
        var karin = resident("Karin");
        var amal = resident("Amal");
        assertThat(as(erik, Roles.RESIDENT, () -> signUps.signUp(id)).status()).isEqualTo(SignUpStatus.CONFIRMED);
        // the one general seat is gone; the two kept seats stay for newcomers
        assertThat(as(karin, Roles.RESIDENT, () -> signUps.signUp(id)).status()).isEqualTo(SignUpStatus.WAITING);
        assertThat(as(amal, Roles.RESIDENT, () -> signUps.signUp(id, "NEWCOMERS"))
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        SeatsLeft left = signUps.seatsLeft(id);
        assertThat(left.general()).isZero();
        assertThat(left.kept()).containsEntry("NEWCOMERS", 1);

        // two days before, the unused kept seat goes to the first person waiting
        clock.advance(Duration.between(Instant.now(), release).plusMinutes(1));
        seating.releaseKeptSeats();
        assertThat(as(karin, Roles.RESIDENT, () -> signUps.mine(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(published.notificationsTo(karin.id().value())).isEmpty(); // promotion goes by its own event
    }

    @Test
    void hardQuotasPerRoleKeepEachGroupsOwnWaitlist() {
        var organiser = staff();
        EventDraft base = TestEvents.draft("Näringslivsupprop", 2);
        EventId id = as(
                organiser,
                Roles.STAFF,
                () -> editing.create(withRules(
                        base,
                        List.of(new SeatQuota("COMPANY", 1, null), new SeatQuota("NEWCOMER", 1, null)),
                        false,
                        List.of())));
        var company1 = resident("Företag Ett");
        var company2 = resident("Företag Två");
        var newcomer = resident("Nyanländ");
        assertThat(as(company1, Roles.RESIDENT, () -> signUps.signUp(id, "COMPANY"))
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(as(company2, Roles.RESIDENT, () -> signUps.signUp(id, "COMPANY"))
                        .status())
                .isEqualTo(SignUpStatus.WAITING);
        assertThat(as(newcomer, Roles.RESIDENT, () -> signUps.signUp(id, "NEWCOMER"))
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        // a newcomer leaving does not give the company in line a newcomer's seat
        run(newcomer, Roles.RESIDENT, () -> signUps.cancel(id));
        assertThat(as(company2, Roles.RESIDENT, () -> signUps.mine(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.WAITING);
        // a company leaving does
        run(company1, Roles.RESIDENT, () -> signUps.cancel(id));
        assertThat(as(company2, Roles.RESIDENT, () -> signUps.mine(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
    }

    @Test
    void approvalPutsSignUpsOnHoldAndApprovingSeatsOrQueues() {
        var organiser = staff();
        EventId id = as(
                organiser,
                Roles.STAFF,
                () -> editing.create(withRules(
                        TestEvents.draft("Studiebesök med godkännande", 1),
                        List.of(),
                        true,
                        List.of("Behöver du tolk?", "Matallergier?"))));
        var first = resident("Första");
        var second = resident("Andra");
        MySignUp mine = as(
                first, Roles.RESIDENT, () -> signUps.signUp(id, new SignUpRequest(null, List.of("Ja, arabiska", ""))));
        assertThat(mine.status()).isEqualTo(SignUpStatus.PENDING);
        assertThat(published.notificationsTo(first.id().value()))
                .extracting(NotificationRequested::subjectKey)
                .contains("events.notify.pending.subject");
        as(second, Roles.RESIDENT, () -> signUps.signUp(id));

        // only the organiser (or staff) sees and decides
        assertThatThrownBy(() -> as(second, Roles.RESIDENT, () -> approvals.pending(id)))
                .isInstanceOf(AccessDeniedException.class);
        List<Attendee> pending = as(organiser, Roles.STAFF, () -> approvals.pending(id));
        assertThat(pending).hasSize(2);
        assertThat(pending.getFirst().answers()).containsExactly("Ja, arabiska", "");

        as(organiser, Roles.STAFF, () -> approvals.approve(id, pending.get(0).code()));
        as(organiser, Roles.STAFF, () -> approvals.approve(id, pending.get(1).code()));
        assertThat(as(first, Roles.RESIDENT, () -> signUps.mine(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(as(second, Roles.RESIDENT, () -> signUps.mine(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.WAITING);
        String csv = new String(
                as(organiser, Roles.STAFF, () -> checkIns.attendeesCsv(id, Locale.ROOT)), StandardCharsets.UTF_8);
        assertThat(csv).contains("Behöver du tolk?").contains("Ja, arabiska");
        // the printable list: the same people, codes and answers, headed in the reader's language
        // a question may wrap inside its column: words are compared, not line breaks
        String pdf = pdfText(as(organiser, Roles.STAFF, () -> checkIns.attendeesPdf(id, Locale.forLanguageTag("sv"))))
                .replaceAll("\\s+", " ");
        assertThat(pdf)
                .contains("Deltagare: Studiebesök med godkännande")
                .contains("Behöver du tolk?")
                .contains("Ja, arabiska")
                .contains(pending.get(0).code())
                .contains(pending.get(1).code())
                .contains("Plats")
                .contains("Väntelista");
        String arabic =
                pdfText(as(organiser, Roles.STAFF, () -> checkIns.attendeesPdf(id, Locale.forLanguageTag("ar"))));
        assertThat(arabic).contains("الانتظار").contains(pending.get(0).code());
        assertThatThrownBy(() -> as(second, Roles.RESIDENT, () -> checkIns.attendeesPdf(id, Locale.ROOT)))
                .isInstanceOf(AccessDeniedException.class);
        // deciding twice is refused with a message
        assertThatThrownBy(() -> as(
                        organiser,
                        Roles.STAFF,
                        () -> approvals.approve(id, pending.get(0).code())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void declinedSignUpIsToldWhy() {
        var organiser = staff();
        EventId id = as(
                organiser,
                Roles.STAFF,
                () -> editing.create(
                        withRules(TestEvents.draft("Workshop med godkännande", 5), List.of(), true, List.of())));
        var person = resident("Sökande");
        as(person, Roles.RESIDENT, () -> signUps.signUp(id));
        String code = as(organiser, Roles.STAFF, () -> approvals.pending(id))
                .getFirst()
                .code();
        assertThatThrownBy(() -> run(organiser, Roles.STAFF, () -> approvals.decline(id, code, " ")))
                .isInstanceOf(InvalidInputException.class);
        run(organiser, Roles.STAFF, () -> approvals.decline(id, code, "Workshopen är för föreningsledare."));
        assertThat(as(person, Roles.RESIDENT, () -> signUps.mine(id))).isEmpty();
        assertThat(published.notificationsTo(person.id().value())).anySatisfy(n -> {
            assertThat(n.subjectKey()).isEqualTo("events.notify.declined.subject");
            assertThat(n.args()).contains("Workshopen är för föreningsledare.");
        });
    }

    @Test
    void badRulesAreExplainedAndNothingIsSaved() {
        var organiser = staff();
        EventDraft base = TestEvents.draft("Felaktiga regler", 10);
        InvalidInputException tooMany = Assertions.assertThrows(
                InvalidInputException.class,
                () -> as(
                        organiser,
                        Roles.STAFF,
                        () -> editing.create(
                                withRules(base, List.of(new SeatQuota("NEWCOMERS", 11, null)), false, List.of()))));
        assertThat(tooMany.errors())
                .extracting(InvalidInputException.FieldError::messageKey)
                .contains("events.validation.reservedAboveCapacity");
        InvalidInputException questions = Assertions.assertThrows(
                InvalidInputException.class,
                () -> as(
                        organiser,
                        Roles.STAFF,
                        () -> editing.create(
                                withRules(base, List.of(), false, List.of("A?", "Tolk?", "Mat?", "Barnvakt?")))));
        assertThat(questions.errors())
                .extracting(InvalidInputException.FieldError::field)
                .contains("questions");
        assertThat(events.upcoming(EventFilter.none()))
                .extracting(EventSummary::title)
                .doesNotContain("Felaktiga regler");
    }

    @Test
    void movingAnEventTellsEveryoneAndCapacityCannotDropBelowSeatsTaken() {
        var organiser = staff();
        EventDraft base = TestEvents.draft("Flyttbart språkcafé", 2);
        EventId id = as(organiser, Roles.STAFF, () -> editing.create(base));
        var a = resident("A");
        var b = resident("B");
        var c = resident("C");
        as(a, Roles.RESIDENT, () -> signUps.signUp(id));
        as(b, Roles.RESIDENT, () -> signUps.signUp(id));
        as(c, Roles.RESIDENT, () -> signUps.signUp(id));

        EventDraft smaller = base.toBuilder().capacity(1).build();
        InvalidInputException refused = Assertions.assertThrows(
                InvalidInputException.class, () -> run(organiser, Roles.STAFF, () -> editing.update(id, smaller)));
        assertThat(refused.errors())
                .extracting(InvalidInputException.FieldError::messageKey)
                .containsExactly("events.validation.capacityBelowConfirmed");

        // a resident may not move it
        assertThatThrownBy(() -> run(a, Roles.RESIDENT, () -> editing.update(id, base)))
                .isInstanceOf(AccessDeniedException.class);

        LocalDateTime later = base.startsAt().plusDays(1);
        EventDraft moved = base.toBuilder()
                .startsAt(later)
                .endsAt(later.plusHours(2))
                .capacity(3)
                .signupDeadline(null)
                .build();
        run(organiser, Roles.STAFF, () -> editing.update(id, moved));
        for (var person : List.of(a, b, c)) {
            assertThat(published.notificationsTo(person.id().value()))
                    .extracting(NotificationRequested::subjectKey)
                    .contains("events.notify.moved.subject");
        }
        // the extra seat went to the person waiting
        assertThat(as(c, Roles.RESIDENT, () -> signUps.mine(id)).orElseThrow().status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(events.event(id).orElseThrow().startsAt())
                .isEqualTo(later.atZone(Formats.MUNICIPALITY_ZONE).toInstant());
    }

    @Test
    void aWeeklySeriesSkipsItsExceptionsAndEachOccurrenceHasItsOwnSignUps() {
        var organiser = staff();
        EventDraft first = TestEvents.draft("Veckans språkcafé", 1);
        var skipped = first.startsAt().toLocalDate().plusWeeks(2);
        List<EventId> ids = as(
                organiser,
                Roles.STAFF,
                () -> eventSeries.createSeries(
                        first,
                        new SeriesRule(
                                SeriesRule.Frequency.WEEKLY,
                                first.startsAt().toLocalDate().plusWeeks(4),
                                Set.of(skipped))));
        assertThat(ids).hasSize(4);
        List<LocalDateTime> starts = ids.stream()
                .map(id ->
                        LocalDateTime.ofInstant(events.event(id).orElseThrow().startsAt(), Formats.MUNICIPALITY_ZONE))
                .toList();
        assertThat(starts)
                .containsExactly(
                        first.startsAt(),
                        first.startsAt().plusWeeks(1),
                        first.startsAt().plusWeeks(3),
                        first.startsAt().plusWeeks(4));

        var person = resident("Serieperson");
        var other = resident("Annan");
        as(person, Roles.RESIDENT, () -> signUps.signUp(ids.get(0)));
        // the first occurrence is full; the second is not
        assertThat(as(other, Roles.RESIDENT, () -> signUps.signUp(ids.get(0))).status())
                .isEqualTo(SignUpStatus.WAITING);
        assertThat(as(other, Roles.RESIDENT, () -> signUps.signUp(ids.get(1))).status())
                .isEqualTo(SignUpStatus.CONFIRMED);

        // changing "this and the following" leaves the first occurrence alone
        EventDraft renamed = first.toBuilder()
                .title("Språkcafé – nytt namn")
                .startsAt(first.startsAt().plusWeeks(1).withHour(17))
                .endsAt(first.endsAt().plusWeeks(1).withHour(19))
                .capacity(5)
                .signupDeadline(null)
                .build();
        int changed = as(organiser, Roles.STAFF, () -> eventSeries.updateFollowing(ids.get(1), renamed));
        assertThat(changed).isEqualTo(3);
        assertThat(events.event(ids.get(0)).orElseThrow().title()).isEqualTo("Veckans språkcafé");
        EventSummary last = events.event(ids.get(3)).orElseThrow();
        assertThat(last.title()).isEqualTo("Språkcafé – nytt namn");
        assertThat(LocalDateTime.ofInstant(last.startsAt(), Formats.MUNICIPALITY_ZONE))
                .isEqualTo(first.startsAt().plusWeeks(4).withHour(17));
        SeriesId seriesId = events.event(ids.get(0)).orElseThrow().seriesId();
        SeriesDetails series = eventSeries.series(seriesId).orElseThrow();
        assertThat(series.skipped()).containsExactly(skipped);
        assertThat(series.occurrences()).hasSize(4);
    }

    @Test
    void aSeriesRuleWithoutOccurrencesIsRefused() {
        var organiser = staff();
        EventDraft first = TestEvents.draft("Tom serie", 5);
        var date = first.startsAt().toLocalDate();
        InvalidInputException e = Assertions.assertThrows(
                InvalidInputException.class,
                () -> as(
                        organiser,
                        Roles.STAFF,
                        () -> eventSeries.createSeries(
                                first, new SeriesRule(SeriesRule.Frequency.BIWEEKLY, date.plusDays(6), Set.of(date)))));
        assertThat(e.errors())
                .extracting(InvalidInputException.FieldError::messageKey)
                .containsExactly("events.validation.seriesEmpty");
        InvalidInputException before = Assertions.assertThrows(
                InvalidInputException.class,
                () -> as(
                        organiser,
                        Roles.STAFF,
                        () -> eventSeries.createSeries(
                                first, new SeriesRule(SeriesRule.Frequency.MONTHLY, date.minusDays(1), Set.of()))));
        assertThat(before.errors())
                .extracting(InvalidInputException.FieldError::messageKey)
                .containsExactly("events.validation.untilBeforeStart");
    }

    @Test
    void monthlySeriesMeetsOnTheSameWeekdayOfTheMonth() {
        var organiser = staff();
        EventDraft first = TestEvents.draft("Månadsträff", 20);
        List<EventId> ids = as(
                organiser,
                Roles.STAFF,
                () -> eventSeries.createSeries(
                        first,
                        new SeriesRule(
                                SeriesRule.Frequency.MONTHLY,
                                first.startsAt().toLocalDate().plusMonths(3),
                                Set.of())));
        assertThat(ids).hasSizeBetween(3, 4);
        var weekday = first.startsAt().getDayOfWeek();
        for (EventId id : ids) {
            var start = LocalDateTime.ofInstant(events.event(id).orElseThrow().startsAt(), Formats.MUNICIPALITY_ZONE);
            assertThat(start.getDayOfWeek()).isEqualTo(weekday);
            assertThat(start.toLocalTime()).isEqualTo(first.startsAt().toLocalTime());
        }
    }

    @Test
    void onlyStaffPublishForTheMunicipality() {
        var resident = resident("Vanlig invånare");
        assertThatThrownBy(() -> as(resident, Roles.RESIDENT, () -> editing.create(TestEvents.draft("Egen fest", 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as(resident, Roles.RESIDENT, () -> editing.create(withOrg(TestEvents.draft("Fest", 5)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static EventDraft withOrg(EventDraft d) {
        return d.toBuilder()
                .quotas(List.of())
                .approvalRequired(false)
                .questions(List.of())
                .onBehalfOf(new OnBehalfOf(OrganisationKind.ASSOCIATION, 999_999))
                .build();
    }

    /** The text a reader sees, with Arabic presentation forms folded back to plain letters. */
    private static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
