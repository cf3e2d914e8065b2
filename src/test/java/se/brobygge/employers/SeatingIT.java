package se.brobygge.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Staff make a seating plan in the background, change it by hand, lock tables and print it. */
@IntegrationTest
class SeatingIT {

    @Autowired
    SessionService sessions;

    @Autowired
    SessionRegistrationService registrations;

    @Autowired
    SeatingService seating;

    @Autowired
    CardService cards;

    @Autowired
    EmployerService employers;

    @Autowired
    PlaceService places;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TranslationProvider translations;

    record Room(TestAccounts.Created staff, SessionId id, List<TestAccounts.Created> people) {}

    Room room(int newcomers, int companies, int others) {
        return room(newcomers, companies, others, "Nyanländ ");
    }

    Room room(int newcomers, int companies, int others, String newcomerName) {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        int seats = newcomers + companies + others;
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Bordsupprop",
                                place,
                                seats,
                                EmployerTestData.quotas(newcomers, companies, others, 0, 0))))
                .getFirst();
        List<TestAccounts.Created> people = new ArrayList<>();
        for (int i = 0; i < newcomers; i++) {
            TestAccounts.Created n = accounts.create(newcomerName + i, Roles.RESIDENT);
            RunAs.run(n, Roles.RESIDENT, () -> {
                cards.saveMyCard(EmployerTestData.card("53", Set.of("sv", "ar"), true));
                registrations.register(id, ParticipantRole.NEWCOMER, null);
            });
            people.add(n);
        }
        for (int i = 0; i < companies; i++) {
            TestAccounts.Created c = accounts.create("Företagare " + i, Roles.RESIDENT);
            RunAs.run(
                    c,
                    Roles.RESIDENT,
                    () -> registrations.register(
                            id,
                            ParticipantRole.COMPANY,
                            employers.register(EmployerTestData.employer("Bolag " + System.nanoTime()))));
            people.add(c);
        }
        for (int i = 0; i < others; i++) {
            TestAccounts.Created a = accounts.create("Förening " + i, Roles.RESIDENT);
            RunAs.run(a, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.ASSOCIATION, null));
            people.add(a);
        }
        return new Room(lina, id, people);
    }

    SeatingPlan solve(Room room, int tableSize, Set<SeatingRule> relaxed, List<SeatingProgress> progress)
            throws Exception {
        CompletableFuture<SeatingPlan> done = new CompletableFuture<>();
        RunAs.as(
                room.staff(),
                Roles.STAFF,
                () -> seating.start(room.id(), tableSize, relaxed, progress::add, done::complete));
        return done.get(30, TimeUnit.SECONDS);
    }

    @Test
    void thePlanMixesRolesAtEveryTableAndIsSavedWithProgressAlongTheWay() throws Exception {
        Room room = room(6, 3, 3);
        List<SeatingProgress> progress = new CopyOnWriteArrayList<>();
        SeatingPlan plan = solve(room, 4, Set.of(), progress);
        assertThat(progress).isNotEmpty();
        assertThat(plan.tables()).hasSize(3);
        assertThat(plan.breaks()).isEmpty();
        assertThat(plan.unseated()).isEmpty();
        plan.tables().forEach(t -> {
            assertThat(t.people()).hasSizeLessThanOrEqualTo(4);
            assertThat(t.people()).anyMatch(p -> p.role() == ParticipantRole.COMPANY);
            assertThat(t.people()).anyMatch(p -> p.role() == ParticipantRole.NEWCOMER);
            assertThat(t.sharedLanguages()).contains("sv");
        });
        SeatingPlan stored = RunAs.as(room.staff(), Roles.STAFF, () -> seating.plan(room.id(), Set.of()));
        assertThat(stored.tables()).isEqualTo(plan.tables());

        // swapping two companies keeps the rules; moving a company off its table breaks one, and it is told
        Participant a = stored.tables().get(0).people().stream()
                .filter(p -> p.role() == ParticipantRole.COMPANY)
                .findFirst()
                .orElseThrow();
        Participant b = stored.tables().get(1).people().stream()
                .filter(p -> p.role() == ParticipantRole.COMPANY)
                .findFirst()
                .orElseThrow();
        RunAs.run(room.staff(), Roles.STAFF, () -> seating.swap(room.id(), a.accountId(), b.accountId()));
        SeatingPlan swapped = RunAs.as(room.staff(), Roles.STAFF, () -> seating.plan(room.id(), Set.of()));
        assertThat(swapped.tables().get(1).people())
                .extracting(Participant::accountId)
                .contains(a.accountId());
        assertThat(swapped.breaks()).isEmpty();
        RunAs.run(room.staff(), Roles.STAFF, () -> seating.move(room.id(), a.accountId(), 1));
        assertThat(RunAs.as(room.staff(), Roles.STAFF, () -> seating.plan(room.id(), Set.of()))
                        .breaks())
                .extracting(SeatingPlan.RuleBreak::rule)
                .contains(SeatingRule.COMPANY_AT_EVERY_TABLE);

        // lock table 1 and plan again: its people stay
        List<AccountId> atOne = RunAs.as(room.staff(), Roles.STAFF, () -> seating.plan(room.id(), Set.of()))
                .tables()
                .getFirst()
                .people()
                .stream()
                .map(Participant::accountId)
                .toList();
        RunAs.run(room.staff(), Roles.STAFF, () -> seating.lock(room.id(), 1, true));
        assertThatThrownBy(() -> RunAs.as(room.staff(), Roles.STAFF, () -> {
                    seating.move(room.id(), atOne.getFirst(), 2);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        SeatingPlan again = solve(room, 4, Set.of(SeatingRule.COMPANY_AT_EVERY_TABLE), new ArrayList<>());
        assertThat(again.tables().getFirst().locked()).isTrue();
        assertThat(again.tables().getFirst().people())
                .extracting(Participant::accountId)
                .containsExactlyInAnyOrderElementsOf(atOne);

        byte[] pdf = RunAs.as(
                room.staff(),
                Roles.STAFF,
                () -> seating.printout(
                        room.id(),
                        key -> key.equals("employers.print.table") ? "Bord {0}" : key,
                        Locale.forLanguageTag("sv")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bord 1", "Bord 3", "Nyanländ 0", "Företagare 2");
            assertThat(document.getNumberOfPages())
                    .as("a card per table, then the list")
                    .isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theArabicPrintoutHasJoinedArabicLettersAndArabicNames() throws Exception {
        Room room = room(4, 2, 2, "سارة ");
        SeatingPlan plan = solve(room, 4, Set.of(), new ArrayList<>());
        assertThat(plan.tables()).hasSize(2);
        Locale arabic = Locale.forLanguageTag("ar");
        byte[] pdf = RunAs.as(
                room.staff(),
                Roles.STAFF,
                () -> seating.printout(room.id(), key -> translations.getTranslation(key, arabic), arabic));
        try (var document = Loader.loadPDF(pdf)) {
            // shaped Arabic is stored as presentation forms; NFKC turns them back into the letters typed
            // the glyphs as drawn: shaped Arabic uses the joined (initial, medial, final) letter forms
            StringBuilder drawn = new StringBuilder();
            String raw = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    drawn.append(position.getUnicode());
                    super.processTextPosition(position);
                }
            }.getText(document);
            assertThat(drawn.codePoints()).as("Arabic letters joined").anyMatch(c -> c >= 0xFE70 && c <= 0xFEFC);
            String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
            assertThat(text).contains("سارة", "قائمة التوزيع", "الاسم", "شركة");
            assertThat(document.getNumberOfPages())
                    .as("a card per table, then the list")
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void tablesLargerThanTheRoomAndPeopleWhoAreNotStaffAreRefused() {
        Room room = room(2, 1, 0);
        assertThatThrownBy(() -> RunAs.as(
                        room.staff(), Roles.STAFF, () -> seating.start(room.id(), 5, Set.of(), p -> {}, p -> {})))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey())
                                .isEqualTo("employers.seating.tableTooLarge"));
        assertThatThrownBy(() ->
                        RunAs.as(room.people().getFirst(), Roles.RESIDENT, () -> seating.plan(room.id(), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
