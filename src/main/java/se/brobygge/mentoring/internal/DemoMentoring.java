package se.brobygge.mentoring.internal;

import static se.brobygge.identity.DemoAccounts.as;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Registration;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.AgeBand;
import se.brobygge.mentoring.Gender;
import se.brobygge.mentoring.Interest;
import se.brobygge.mentoring.LanguageLevel;
import se.brobygge.mentoring.MeetingLogService;
import se.brobygge.mentoring.MeetingMode;
import se.brobygge.mentoring.MentoringKind;
import se.brobygge.mentoring.MentorshipCheckInService;
import se.brobygge.mentoring.MentorshipService;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.RoundDetails;
import se.brobygge.mentoring.RoundId;
import se.brobygge.mentoring.RoundService;
import se.brobygge.mentoring.RoundStatus;
import se.brobygge.mentoring.TimeSlot;
import se.brobygge.shared.LocalRunOnly;

/**
 * Demo mentoring for the local run, made through the module's own services: Amal (mentee) and Erik
 * (mentor) in an active mentorship, and an open round "Vårens språkpar" with proposals for a few
 * more demo people (registered through identity's public API). Created once.
 */
@Component
@LocalRunOnly
@Order(40)
class DemoMentoring implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMentoring.class);

    private record Person(String email, String name, String language, boolean mentee, ProfileDraft profile) {}

    private final ProfileService profiles;
    private final RoundService rounds;
    private final MentorshipService mentorships;
    private final MeetingLogService meetingLog;
    private final MentorshipCheckInService checkInAnswers;
    private final RegistrationService registrations;
    private final Recipients recipients;
    private final CheckInJob checkIns;
    private final JdbcTemplate jdbc;

    DemoMentoring(
            ProfileService profiles,
            RoundService rounds,
            MentorshipService mentorships,
            MeetingLogService meetingLog,
            MentorshipCheckInService checkInAnswers,
            RegistrationService registrations,
            Recipients recipients,
            CheckInJob checkIns,
            JdbcTemplate jdbc) {
        this.checkIns = checkIns;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.rounds = rounds;
        this.mentorships = mentorships;
        this.meetingLog = meetingLog;
        this.checkInAnswers = checkInAnswers;
        this.registrations = registrations;
        this.recipients = recipients;
    }

    private static ProfileDraft profile(
            boolean mentee,
            Map<String, LanguageLevel> languages,
            Set<MentoringKind> kinds,
            String occupation,
            Set<Interest> interests,
            String area,
            Set<TimeSlot> times,
            AgeBand age,
            Gender gender,
            String goals) {
        return new ProfileDraft(
                mentee,
                !mentee,
                mentee ? kinds : Set.of(),
                mentee ? Set.of() : kinds,
                languages,
                occupation,
                interests,
                "",
                area,
                times,
                Set.of(MeetingMode.IN_PERSON, MeetingMode.ONLINE),
                age,
                gender,
                false,
                null,
                null,
                mentee ? 1 : 2,
                goals);
    }

    private static final List<Person> OTHERS = List.of(
            new Person(
                    "yonas@demo.brohamn.example",
                    "Yonas Tesfay",
                    "sv",
                    true,
                    profile(
                            true,
                            Map.of(
                                    "ti",
                                    LanguageLevel.FLUENT,
                                    "sv",
                                    LanguageLevel.BASIC,
                                    "en",
                                    LanguageLevel.INTERMEDIATE),
                            Set.of(MentoringKind.PROFESSION, MentoringKind.LANGUAGE),
                            "72",
                            Set.of(Interest.SPORTS, Interest.TECHNOLOGY),
                            "Lillån",
                            Set.of(TimeSlot.EVENINGS),
                            AgeBand.AGE_26_35,
                            Gender.MAN,
                            "Jag vill jobba som mekaniker igen.")),
            new Person(
                    "olena@demo.brohamn.example",
                    "Olena Kovalenko",
                    "en",
                    true,
                    profile(
                            true,
                            Map.of(
                                    "uk",
                                    LanguageLevel.FLUENT,
                                    "en",
                                    LanguageLevel.ADVANCED,
                                    "sv",
                                    LanguageLevel.BEGINNER),
                            Set.of(MentoringKind.LANGUAGE, MentoringKind.SOCIAL),
                            "23",
                            Set.of(Interest.READING, Interest.MUSIC),
                            "Centrum",
                            Set.of(TimeSlot.WEEKENDS, TimeSlot.EVENINGS),
                            AgeBand.AGE_36_50,
                            Gender.WOMAN,
                            "Prata svenska och lära känna folk.")),
            new Person(
                    "farid@demo.brohamn.example",
                    "Farid Ahmadi",
                    "sv",
                    true,
                    profile(
                            true,
                            Map.of("prs", LanguageLevel.FLUENT, "sv", LanguageLevel.INTERMEDIATE),
                            Set.of(MentoringKind.STUDIES),
                            "31",
                            Set.of(Interest.TECHNOLOGY),
                            "Norrby",
                            Set.of(TimeSlot.WEEKDAYS),
                            AgeBand.AGE_18_25,
                            Gender.MAN,
                            "Komma in på ingenjörsutbildning.")),
            new Person(
                    "maria@demo.brohamn.example",
                    "Maria Holm",
                    "sv",
                    false,
                    profile(
                            false,
                            Map.of("sv", LanguageLevel.FLUENT, "en", LanguageLevel.FLUENT),
                            Set.of(MentoringKind.LANGUAGE, MentoringKind.SOCIAL),
                            "23",
                            Set.of(Interest.READING, Interest.OUTDOORS),
                            "Centrum",
                            Set.of(TimeSlot.WEEKENDS),
                            AgeBand.AGE_51_65,
                            Gender.WOMAN,
                            "Pensionerad lärare, gillar språk.")),
            new Person(
                    "karin@demo.brohamn.example",
                    "Karin Öberg",
                    "sv",
                    false,
                    profile(
                            false,
                            Map.of("sv", LanguageLevel.FLUENT, "en", LanguageLevel.ADVANCED),
                            Set.of(MentoringKind.PROFESSION, MentoringKind.STUDIES),
                            "21",
                            Set.of(Interest.TECHNOLOGY, Interest.SPORTS),
                            "Norrby",
                            Set.of(TimeSlot.EVENINGS, TimeSlot.WEEKDAYS),
                            AgeBand.AGE_36_50,
                            Gender.WOMAN,
                            "Ingenjör, vill hjälpa andra in i branschen.")));

    @Override
    public void run(ApplicationArguments args) {
        Optional<AccountId> amal = recipients.idOf("amal@demo.brohamn.example");
        Optional<AccountId> erik = recipients.idOf("erik@demo.brohamn.example");
        Optional<AccountId> lina = recipients.idOf("lina@demo.brohamn.example");
        if (amal.isEmpty() || erik.isEmpty() || lina.isEmpty()) {
            return;
        }
        if (as(
                        amal.get(),
                        "Amal Haddad",
                        Roles.RESIDENT,
                        () -> profiles.myProfile().version())
                >= 0) {
            return;
        }
        try {
            create(amal.get(), erik.get(), lina.get());
        } catch (RuntimeException e) {
            log.warn("Demo mentoring not created", e);
        }
    }

    private void create(AccountId amal, AccountId erik, AccountId lina) {
        as(
                amal,
                "Amal Haddad",
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        profile(
                                true,
                                Map.of(
                                        "ar",
                                        LanguageLevel.FLUENT,
                                        "sv",
                                        LanguageLevel.BASIC,
                                        "en",
                                        LanguageLevel.INTERMEDIATE),
                                Set.of(MentoringKind.LANGUAGE, MentoringKind.PROFESSION),
                                "22",
                                Set.of(Interest.COOKING, Interest.MUSIC),
                                "Norrby",
                                Set.of(TimeSlot.EVENINGS, TimeSlot.WEEKENDS),
                                AgeBand.AGE_26_35,
                                Gender.WOMAN,
                                "Jag var sjuksköterska i Aleppo och vill arbeta i vården här."),
                        -1));
        as(
                erik,
                "Erik Lindqvist",
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        profile(
                                false,
                                Map.of("sv", LanguageLevel.FLUENT, "en", LanguageLevel.FLUENT),
                                Set.of(MentoringKind.LANGUAGE, MentoringKind.PROFESSION),
                                "22",
                                Set.of(Interest.COOKING, Interest.OUTDOORS),
                                "Söderdal",
                                Set.of(TimeSlot.EVENINGS),
                                AgeBand.AGE_51_65,
                                Gender.MAN,
                                "Sjuksköterska i trettio år, gärna fika och svenska."),
                        -1));
        RoundId first =
                as(lina, "Lina Berg", Roles.STAFF, () -> rounds.start("Höstens vårdpar", List.of(amal), List.of(erik)));
        RoundDetails proposed = awaitProposed(lina, first);
        if (proposed != null && !proposed.proposals().isEmpty()) {
            as(lina, "Lina Berg", Roles.STAFF, () -> rounds.confirm(first, proposed.version()));
            long id = as(amal, "Amal Haddad", Roles.RESIDENT, () -> mentorships.mine())
                    .getFirst()
                    .id();
            as(amal, "Amal Haddad", Roles.RESIDENT, () -> mentorships.accept(id));
            as(erik, "Erik Lindqvist", Roles.RESIDENT, () -> mentorships.accept(id));
            // the pair began five weeks ago, so the one-month check-in is there to answer
            jdbc.update(
                    "UPDATE mentoring_mentorship SET started_at = ? WHERE id = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(35))),
                    id);
            as(erik, "Erik Lindqvist", Roles.RESIDENT, () -> {
                meetingLog.logMeeting(id, LocalDate.now().minusDays(20), 90, "Fika på biblioteket, pratade om vården");
                return null;
            });
            checkIns.createDueCheckIns();
            as(erik, "Erik Lindqvist", Roles.RESIDENT, () -> {
                var open = mentorships.mine().getFirst().openCheckIn();
                if (open != null) {
                    checkInAnswers.answerCheckIn(open.id(), 4, "Det går bra, vi ses varannan vecka.");
                }
                return null;
            });
        }
        List<AccountId> mentees = new ArrayList<>();
        List<AccountId> mentors = new ArrayList<>();
        for (Person person : OTHERS) {
            AccountId id = recipients
                    .idOf(person.email())
                    .orElseGet(() -> registrations
                            .register(new Registration(
                                    person.email(), "demo-" + UUID.randomUUID(), person.name(), person.language()))
                            .orElseThrow());
            as(id, person.name(), Roles.RESIDENT, () -> profiles.saveMyProfile(person.profile(), -1));
            (person.mentee() ? mentees : mentors).add(id);
        }
        mentors.add(erik);
        RoundId open = as(lina, "Lina Berg", Roles.STAFF, () -> rounds.start("Vårens språkpar", mentees, mentors));
        awaitProposed(lina, open);
        log.info("Created demo mentoring: an active pair and an open round");
    }

    private @Nullable RoundDetails awaitProposed(AccountId staff, RoundId id) {
        for (int i = 0; i < 100; i++) {
            RoundDetails round = as(staff, "Lina Berg", Roles.STAFF, () -> rounds.round(id));
            if (round.status() != RoundStatus.RUNNING) {
                return round;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
