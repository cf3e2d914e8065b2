package se.brobygge.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.OrganisationDirectory;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeInvitations;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.messaging.RelationshipSource;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** Employers, sessions, cards, postings and interest through the services, with their security. */
@IntegrationTest
class EmployersIT {

    @Autowired
    EmployerService employers;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionRegistrationService registrations;

    @Autowired
    SessionFollowUpService followUps;

    @Autowired
    CardService cards;

    @Autowired
    PostingService postings;

    @Autowired
    InterestService interests;

    @Autowired
    PlaceService places;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    RepresentativeInvitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    List<OrganisationDirectory> directories;

    @Autowired
    List<RelationshipSource> relationships;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEmployerIsRegisteredWithAValidNumberAndVerifiedByStaff() {
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EmployerDraft bad = new EmployerDraft(
                "Omsorg AB",
                "556036-0794",
                EmployerKind.COMPANY,
                "Vård",
                EmployerSize.SMALL,
                "Gatan 1",
                "inte-en-adress",
                "",
                "");
        long before = count("employers_employer");
        assertThatThrownBy(() -> RunAs.as(johan, Roles.RESIDENT, () -> employers.register(bad)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("organisationNumber", "contactEmail"));
        assertThat(count("employers_employer")).as("nothing saved").isEqualTo(before);

        EmployerDraft good = EmployerTestData.employer("Omsorg i Brohamn AB");
        EmployerId id = RunAs.as(johan, Roles.RESIDENT, () -> employers.register(good));
        assertThatThrownBy(() -> RunAs.as(
                        accounts.create("Other", Roles.RESIDENT),
                        Roles.RESIDENT,
                        () -> employers.register(
                                EmployerTestData.employer("Kopia AB") instanceof EmployerDraft d
                                        ? new EmployerDraft(
                                                d.name(),
                                                good.organisationNumber().replace("-", ""),
                                                d.kind(),
                                                d.industry(),
                                                d.size(),
                                                d.address(),
                                                d.contactEmail(),
                                                d.contactPhone(),
                                                d.description())
                                        : null)))
                .as("the same number twice")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("employers.validation.orgTaken"));
        assertThat(published.contentsOf("employers"))
                .anyMatch(c -> c.ref().equals(new ContentRef("employers", "employer", id.value())));

        OrganisationDirectory directory = directories.stream()
                .filter(d -> d.kind() == OrganisationKind.EMPLOYER)
                .findFirst()
                .orElseThrow();
        assertThat(directory.find(id.value()).orElseThrow().verified()).isFalse();

        assertThatThrownBy(() -> RunAs.as(accounts.create("Stranger", Roles.RESIDENT), Roles.RESIDENT, () -> {
                    employers.update(id, good);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(johan, Roles.RESIDENT, () -> {
                    employers.verify(id);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        RunAs.run(lina, Roles.STAFF, () -> employers.verify(id));
        assertThat(directory.find(id.value()).orElseThrow().verified()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from identity_representation where account_id = ? and organisation_id = ?",
                        Integer.class,
                        johan.id().value(),
                        id.value()))
                .as("the registrant represents it")
                .isEqualTo(1);
        assertThat(published.notificationsTo(johan.id().value()))
                .anyMatch(n -> n.kind() == NotificationKind.EMPLOYER_SESSION
                        && n.subjectKey().equals("employers.notify.verified.subject"));
    }

    @Test
    void aRepresentativeInvitesAColleagueWhoAcceptsAndThenActsForTheEmployer() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        TestAccounts.Created maria = accounts.create("Maria", Roles.RESIDENT);
        EmployerId id =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Kollega AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(id));
        String title = "Praktik i lagret " + System.nanoTime();
        assertThatThrownBy(() ->
                        RunAs.as(maria, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(id, title, "93"))))
                .as("not yet a representative")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(
                        maria,
                        Roles.RESIDENT,
                        () -> employers.invite(id, "x@test.brohamn.example", RepresentativeRole.EDITOR)))
                .isInstanceOf(AccessDeniedException.class);

        var invitation = RunAs.as(
                johan, Roles.RESIDENT, () -> employers.invite(id, maria.email(), RepresentativeRole.CONTACT_PERSON));
        assertThat(invitation.kind()).isEqualTo(OrganisationKind.EMPLOYER);
        assertThat(RunAs.as(johan, Roles.RESIDENT, () -> employers.pendingInvitations(id)))
                .extracting(RepresentativeInvitation::email)
                .containsExactly(maria.email());
        var notification = published.notificationsTo(maria.id().value()).stream()
                .filter(n -> n.subjectKey().equals("employers.mail.invitation.subject"))
                .findFirst()
                .orElseThrow();
        assertThat(notification.args()).contains("Johan");
        assertThat(notification.link()).startsWith("/employers/invitation/");

        String token = notification.link().substring(notification.link().lastIndexOf('/') + 1);
        RunAs.as(maria, Roles.RESIDENT, () -> invitations.accept(token));
        assertThat(RunAs.as(maria, Roles.RESIDENT, () -> employers.mayRepresent(id)))
                .isTrue();
        assertThat(RunAs.as(maria, Roles.RESIDENT, () -> employers.mine()))
                .extracting(Employer::id)
                .contains(id);
        PostingId posted =
                RunAs.as(maria, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(id, title, "93")));
        assertThat(RunAs.as(maria, Roles.RESIDENT, () -> postings.ofEmployer(id)))
                .extracting(Posting::id)
                .contains(posted);
        assertThat(RunAs.as(johan, Roles.RESIDENT, () -> employers.representatives(id)))
                .extracting(r -> r.displayName() + ":" + r.role())
                .contains("Maria:CONTACT_PERSON");
        assertThat(RunAs.as(johan, Roles.RESIDENT, () -> employers.pendingInvitations(id)))
                .isEmpty();

        // an address without an account gets the link by mail, in Swedish
        var smtp = TestSmtp.start();
        String stranger = "kollega-" + System.nanoTime() + "@test.brohamn.example";
        RunAs.as(johan, Roles.RESIDENT, () -> employers.invite(id, stranger, RepresentativeRole.EDITOR));
        var mail = Mailbox.awaitOne(smtp, stranger);
        assertThat(Mailbox.text(mail)).contains("arbetsgivaren Kollega AB").contains("/employers/invitation/");
    }

    @Test
    void quotasOverTheSeatsAreRefusedAndEachRoleHasItsOwnSeatsAndWaitlist() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        long before = count("employers_session");
        assertThatThrownBy(() -> RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(
                                EmployerTestData.session("Upprop", place, 10, EmployerTestData.quotas(8, 4, 0, 0, 0)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .contains(new InvalidInputException.FieldError(
                                        "seats", "employers.validation.quotasOverSeats")));
        assertThat(count("employers_session")).isEqualTo(before);

        SessionDraft series =
                EmployerTestData.session("Näringslivsupprop vår", place, 3, EmployerTestData.quotas(1, 1, 1, 0, 0));
        series = SessionDraft.builder()
                .theme(series.theme())
                .description(series.description())
                .placeId(series.placeId())
                .area(series.area())
                .startsAt(series.startsAt())
                .endsAt(series.endsAt())
                .signupDeadline(null)
                .seats(series.seats())
                .quotas(series.quotas())
                .repeat(3)
                .intervalWeeks(2)
                .build();
        SessionDraft draft = series;
        List<SessionId> ids = RunAs.as(lina, Roles.STAFF, () -> sessions.create(draft));
        assertThat(ids).hasSize(3);
        SessionId first = ids.getFirst();
        Session session =
                RunAs.as(lina, Roles.STAFF, () -> sessions.session(first)).orElseThrow();
        assertThat(session.eventId())
                .as("the seats live in an events-module event")
                .isNotNull();
        assertThat(RunAs.as(lina, Roles.STAFF, () -> sessions.series(first))).hasSize(3);

        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created nadia = accounts.create("Nadia", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> registrations.register(first, ParticipantRole.NEWCOMER, null))
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(RunAs.as(nadia, Roles.RESIDENT, () -> registrations.register(first, ParticipantRole.NEWCOMER, null))
                        .status())
                .as("the newcomers' seat is taken")
                .isEqualTo(RegistrationStatus.WAITING);
        assertThat(RunAs.as(
                                erik,
                                Roles.RESIDENT,
                                () -> registrations.register(first, ParticipantRole.ASSOCIATION, null))
                        .status())
                .as("another role still has its seat")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> RunAs.as(
                        erik, Roles.RESIDENT, () -> registrations.register(ids.get(1), ParticipantRole.COMPANY, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("employer"));
        EmployerId notMine =
                RunAs.as(amal, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Amals firma")));
        assertThatThrownBy(() -> RunAs.as(
                        erik,
                        Roles.RESIDENT,
                        () -> registrations.register(ids.get(1), ParticipantRole.COMPANY, notMine)))
                .as("a company registers only for an employer it represents")
                .isInstanceOf(AccessDeniedException.class);

        RunAs.run(amal, Roles.RESIDENT, () -> registrations.cancel(first));
        assertThat(RunAs.as(nadia, Roles.RESIDENT, () -> registrations.mine(first))
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(jdbc.queryForObject(
                        "select status from events_signup where event_id = ? and account_id = ?",
                        String.class,
                        session.eventId(),
                        nadia.id().value()))
                .as("the events engine promoted her in her role")
                .isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> RunAs.as(nadia, Roles.RESIDENT, () -> registrations.participants(first)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cardsAreSeenByParticipantsWhoOptedInAndEmployersSeeOnlyWhatTheNewcomerChose() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Kortupprop", place, 6, EmployerTestData.quotas(3, 2, 1, 0, 0))))
                .getFirst();
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created hidden = accounts.create("Hind", Roles.RESIDENT);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        TestAccounts.Created outsider = accounts.create("Utanför", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Johans Bygg AB")));
        RunAs.run(amal, Roles.RESIDENT, () -> {
            cards.saveMyCard(EmployerTestData.card("53", Set.of("ar", "sv"), true));
            registrations.register(id, ParticipantRole.NEWCOMER, null);
        });
        RunAs.run(hidden, Roles.RESIDENT, () -> {
            CardDraft c = EmployerTestData.card("53", Set.of("sv"), false);
            cards.saveMyCard(CardDraft.builder()
                    .presentation(c.presentation())
                    .seeks(c.seeks())
                    .offers(c.offers())
                    .languages(c.languages())
                    .swedishLevel(c.swedishLevel())
                    .occupation(c.occupation())
                    .area(c.area())
                    .skills(c.skills())
                    .visibleToParticipants(false)
                    .suggestible(false)
                    .employersSeeSkills(false)
                    .employersSeeLanguages(false)
                    .employersSeeArea(false)
                    .employersSeeOccupation(false)
                    .build());
            registrations.register(id, ParticipantRole.NEWCOMER, null);
        });
        RunAs.run(johan, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.COMPANY, employer));

        List<Card> seenByJohan = RunAs.as(johan, Roles.RESIDENT, () -> cards.cardsAt(id));
        assertThat(seenByJohan).extracting(Card::displayName).containsExactly("Amal");
        Card amalsCard = seenByJohan.getFirst();
        assertThat(amalsCard.languages()).containsExactlyInAnyOrder("ar", "sv");
        assertThat(amalsCard.skills())
                .as("Amal did not let employers see her skills")
                .isNull();
        assertThat(amalsCard.area()).as("nor her area").isNull();
        assertThat(RunAs.as(lina, Roles.STAFF, () -> cards.cardsAt(id)))
                .extracting(Card::displayName)
                .contains("Amal", "Hind");
        assertThatThrownBy(() -> RunAs.as(outsider, Roles.RESIDENT, () -> cards.cardsAt(id)))
                .isInstanceOf(AccessDeniedException.class);

        // a moderator hides Amal's card: only her name is left
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new ContentHidden(new ContentRef("employers", "card", amal.id().value()), "personal_data")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(RunAs.as(lina, Roles.STAFF, () -> cards.cardsAt(id)).stream()
                                .filter(c -> c.displayName().equals("Amal"))
                                .findFirst()
                                .orElseThrow()
                                .hidden())
                        .isTrue());
    }

    @Test
    void outcomesAreDatedFromTheSessionOnAndReportedPerRoleAndKind() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Utfallsupprop", place, 4, EmployerTestData.quotas(2, 2, 0, 0, 0))))
                .getFirst();
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Utfall AB")));
        RunAs.run(amal, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.NEWCOMER, null));
        RunAs.run(johan, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.COMPANY, employer));
        LocalDate sessionDay = LocalDate.now().plusDays(2);
        try {
            clock.advance(Duration.ofDays(5));
            RunAs.run(johan, Roles.RESIDENT, () -> followUps.recordContact(id, johan.id(), amal.id()));
            assertThatThrownBy(() -> RunAs.as(lina, Roles.STAFF, () -> {
                        followUps.recordOutcome(id, amal.id(), OutcomeKind.INTERNSHIP_OFFERED, sessionDay.minusDays(1));
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .contains(new InvalidInputException.FieldError(
                                            "occurredOn", "employers.validation.outcomeBeforeSession")));
            assertThatThrownBy(() -> RunAs.as(johan, Roles.RESIDENT, () -> {
                        followUps.recordOutcome(id, amal.id(), OutcomeKind.HIRED, sessionDay);
                        return null;
                    }))
                    .as("only staff record outcomes for others")
                    .isInstanceOf(AccessDeniedException.class);
            RunAs.run(
                    lina,
                    Roles.STAFF,
                    () -> followUps.recordOutcome(
                            id, amal.id(), OutcomeKind.INTERNSHIP_OFFERED, sessionDay.plusDays(1)));
            List<SessionReport> report = RunAs.as(lina, Roles.STAFF, () -> followUps.report(id));
            assertThat(report).hasSize(1);
            assertThat(report.getFirst().outcomes()).containsEntry(OutcomeKind.INTERNSHIP_OFFERED, 1);
            assertThat(report.getFirst().outcomesByRole()).containsEntry(ParticipantRole.NEWCOMER, 1);
            assertThat(report.getFirst().participants()).containsEntry(ParticipantRole.COMPANY, 1);
            assertThat(report.getFirst().contacts()).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void unitGroupsAndTwoDigitGroupsStoredBeforeMeetInBrowsingAndSuggestions() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created omar = accounts.create("Omar", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Omsorg AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        String run = " " + System.nanoTime();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String code : List.of("5321", "5323", "53", "5120", "2221")) {
            titles.put(code, "Praktik " + code + run);
            RunAs.run(
                    johan,
                    Roles.RESIDENT,
                    () -> postings.post(EmployerTestData.posting(employer, titles.get(code), code)));
        }

        assertThat(RunAs.as(
                        amal, Roles.RESIDENT, () -> postings.browse(new PostingFilter("5321", null, null, null, null))))
                .extracting(Posting::title)
                .as("every kind of undersköterska, and posts stored with the care group")
                .contains(titles.get("5321"), titles.get("5323"), titles.get("53"))
                .doesNotContain(titles.get("5120"), titles.get("2221"));
        assertThat(RunAs.as(
                        amal, Roles.RESIDENT, () -> postings.browse(new PostingFilter("53", null, null, null, null))))
                .extracting(Posting::title)
                .contains(titles.get("5321"), titles.get("5323"), titles.get("53"))
                .doesNotContain(titles.get("5120"), titles.get("2221"));
        assertThat(RunAs.as(
                        amal, Roles.RESIDENT, () -> postings.browse(new PostingFilter("5%", null, null, null, null))))
                .as("only codes of the list filter")
                .isEmpty();

        RunAs.run(amal, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("53", Set.of("ar", "sv"), true)));
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> interests.suggestionsForMe()))
                .extracting(s -> s.item().title())
                .as("a card stored with the care group meets the care unit groups")
                .contains(titles.get("5321"), titles.get("5323"), titles.get("53"))
                .doesNotContain(titles.get("5120"), titles.get("2221"));
        RunAs.run(
                omar, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("5120", Set.of("ar", "sv"), true)));
        assertThat(RunAs.as(omar, Roles.RESIDENT, () -> interests.suggestionsForMe()))
                .extracting(s -> s.item().title())
                .contains(titles.get("5120"))
                .doesNotContain(titles.get("5321"), titles.get("53"), titles.get("2221"));
    }

    @Test
    void postsOfUnverifiedEmployersWaitInterestReachesOnlyTheirEmployerAndTheAnswerIsTold() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        TestAccounts.Created other = accounts.create("Konkurrent", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Praktik AB")));
        RunAs.as(other, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Annan AB")));
        String title = "Praktik som undersköterska " + System.nanoTime();
        assertThatThrownBy(() -> RunAs.as(
                        other, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(employer, title, "53"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(
                        johan, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(employer, title, "5999"))))
                .as("only occupations of the shared list")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::messageKey)
                                .containsExactly("employers.validation.occupation"));
        PostingId id =
                RunAs.as(johan, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(employer, title, "53")));
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> postings.browse(PostingFilter.ALL)))
                .extracting(Posting::title)
                .as("waits for approval")
                .doesNotContain(title);
        RunAs.run(lina, Roles.STAFF, () -> postings.approve(id));
        assertThat(RunAs.as(
                        amal,
                        Roles.RESIDENT,
                        () -> postings.browse(new PostingFilter(
                                "53", "Centrum", LanguageLevel.INTERMEDIATE, null, PostingKind.INTERNSHIP))))
                .extracting(Posting::title)
                .contains(title);
        assertThat(RunAs.as(
                        amal,
                        Roles.RESIDENT,
                        () -> postings.browse(new PostingFilter(null, null, LanguageLevel.NONE, null, null))))
                .extracting(Posting::title)
                .as("needs basic Swedish")
                .doesNotContain(title);

        assertThatThrownBy(() -> RunAs.as(amal, Roles.RESIDENT, () -> interests.express(id, "Hej!")))
                .as("a card first")
                .isInstanceOf(InvalidInputException.class);
        RunAs.run(amal, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("53", Set.of("ar", "sv"), true)));
        List<Suggestion<Posting>> suggested = RunAs.as(amal, Roles.RESIDENT, () -> interests.suggestionsForMe());
        Suggestion<Posting> mine = suggested.stream()
                .filter(s -> s.item().id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(mine.reasons())
                .extracting(Suggestion.Reason::key)
                .containsExactly("employers.reason.occupation", "employers.reason.language", "employers.reason.area");

        InterestId interest =
                RunAs.as(amal, Roles.RESIDENT, () -> interests.express(id, "Jag vill gärna praktisera hos er."));
        assertThat(published.notificationsTo(johan.id().value()))
                .anyMatch(n -> n.subjectKey().equals("employers.notify.interest.subject"));
        List<Interest> received = RunAs.as(johan, Roles.RESIDENT, () -> interests.forPosting(id));
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().card().skills())
                .as("Amal keeps her skills from employers")
                .isNull();
        assertThatThrownBy(() -> RunAs.as(other, Roles.RESIDENT, () -> interests.forPosting(id)))
                .as("another employer sees nothing")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(relationships.stream()
                        .flatMap(r -> r.between(amal.id().value(), johan.id().value()).stream()))
                .as("they may write to each other")
                .isNotEmpty();
        assertThat(relationships.stream()
                        .flatMap(r -> r.between(amal.id().value(), other.id().value()).stream()))
                .isEmpty();

        long version = RunAs.as(johan, Roles.RESIDENT, () -> interests.version(interest));
        RunAs.run(
                johan,
                Roles.RESIDENT,
                () -> interests.answer(interest, version, InterestStatus.INTERVIEW, "Välkommen på intervju!"));
        assertThatThrownBy(() -> RunAs.as(johan, Roles.RESIDENT, () -> {
                    interests.answer(interest, version, InterestStatus.DECLINED, null);
                    return null;
                }))
                .as("an answer based on an old version loses")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey())
                                .isEqualTo("employers.interest.changedMeanwhile"));
        Interest status = RunAs.as(amal, Roles.RESIDENT, () -> interests.mine()).getFirst();
        assertThat(status.status()).isEqualTo(InterestStatus.INTERVIEW);
        assertThat(status.answer()).isEqualTo("Välkommen på intervju!");
        assertThat(published.notificationsTo(amal.id().value()))
                .anyMatch(n -> n.bodyKey().equals("employers.notify.answer.body.INTERVIEW"));
    }

    @Test
    void employersAreSuggestedOnlyNewcomersFromTheirSessionsWhoOptedInRegardlessOfWhoTheyAre() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Matchupprop", place, 6, EmployerTestData.quotas(4, 2, 0, 0, 0))))
                .getFirst();
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Match AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        RunAs.run(johan, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.COMPANY, employer));
        // two newcomers with the same card: whatever else differs about them, both are suggested
        TestAccounts.Created fatima = accounts.create("Fatima", Roles.RESIDENT);
        TestAccounts.Created omar = accounts.create("Omar", Roles.RESIDENT);
        TestAccounts.Created shy = accounts.create("Tystlåten", Roles.RESIDENT);
        TestAccounts.Created elsewhere = accounts.create("Annanstans", Roles.RESIDENT);
        for (TestAccounts.Created n : List.of(fatima, omar, shy)) {
            RunAs.run(n, Roles.RESIDENT, () -> {
                cards.saveMyCard(EmployerTestData.card("53", Set.of("ar", "sv"), n != shy));
                registrations.register(id, ParticipantRole.NEWCOMER, null);
            });
        }
        RunAs.run(elsewhere, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("53", Set.of("sv"), true)));
        PostingId posting = RunAs.as(
                johan,
                Roles.RESIDENT,
                () -> postings.post(EmployerTestData.posting(employer, "Undersköterska sökes", "53")));
        List<Suggestion<Card>> suggested = RunAs.as(johan, Roles.RESIDENT, () -> interests.suggestionsFor(posting));
        assertThat(suggested).extracting(s -> s.item().displayName()).containsExactlyInAnyOrder("Fatima", "Omar");
        assertThat(suggested.get(0).reasons()).isEqualTo(suggested.get(1).reasons());
        assertThat(suggested).allSatisfy(s -> assertThat(s.item().skills()).isNull());
        assertThatThrownBy(() -> RunAs.as(fatima, Roles.RESIDENT, () -> interests.suggestionsFor(posting)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
