package se.brobygge.employers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.OrganisationNumber;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Valid employers, sessions, cards and postings for tests; names and numbers are unique. */
public final class EmployerTestData {

    private EmployerTestData() {}

    /** A random organisation number with a correct check digit (third digit 2 or more). */
    public static String organisationNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder();
        digits.append(5).append(random.nextInt(10)).append(2 + random.nextInt(8));
        for (int i = 0; i < 6; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (OrganisationNumber.isValid(digits.toString() + check)) {
                return digits.substring(0, 6) + "-" + digits.substring(6) + check;
            }
        }
        throw new IllegalStateException();
    }

    public static EmployerDraft employer(String name) {
        return new EmployerDraft(
                name,
                organisationNumber(),
                EmployerKind.COMPANY,
                "Vård och omsorg",
                EmployerSize.SMALL,
                "Hamngatan 3, Brohamn",
                "kontakt@foretag.example",
                "040-12 34 56",
                "Vi driver äldreboenden i Brohamn.");
    }

    public static long place(TestAccounts.Created staff, PlaceService places) {
        return RunAs.as(
                        staff,
                        Roles.STAFF,
                        () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Hamnhuset"), "Centrum")))
                .id()
                .value();
    }

    public static Map<ParticipantRole, Integer> quotas(
            int newcomers, int companies, int associations, int politicians, int authorities) {
        Map<ParticipantRole, Integer> q = new EnumMap<>(ParticipantRole.class);
        q.put(ParticipantRole.NEWCOMER, newcomers);
        q.put(ParticipantRole.COMPANY, companies);
        q.put(ParticipantRole.ASSOCIATION, associations);
        q.put(ParticipantRole.POLITICIAN, politicians);
        q.put(ParticipantRole.AUTHORITY, authorities);
        return q;
    }

    public static SessionDraft session(String theme, long placeId, int seats, Map<ParticipantRole, Integer> quotas) {
        return session(theme, placeId, "Centrum", seats, quotas);
    }

    /** A session in two days at five in the afternoon, in the given area. */
    public static SessionDraft session(
            String theme, long placeId, String area, int seats, Map<ParticipantRole, Integer> quotas) {
        LocalDateTime start = LocalDateTime.now()
                .plusDays(2)
                .withHour(17)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return SessionDraft.builder()
                .theme(theme)
                .description("Vi pratar om jobb och praktik.")
                .placeId(placeId)
                .area(area)
                .startsAt(start)
                .endsAt(start.plusHours(2))
                .signupDeadline(null)
                .seats(seats)
                .quotas(quotas)
                .repeat(1)
                .intervalWeeks(1)
                .build();
    }

    public static CardDraft card(String occupation, Set<String> languages, boolean suggestible) {
        return CardDraft.builder()
                .presentation("Jag heter och har jobbat som undersköterska i Syrien.")
                .seeks("praktik inom vården")
                .offers("erfarenhet av omvårdnad och arabiska")
                .languages(languages)
                .swedishLevel(LanguageLevel.INTERMEDIATE)
                .occupation(occupation)
                .area("Centrum")
                .skills("Omvårdnad, matlagning")
                .visibleToParticipants(true)
                .suggestible(suggestible)
                .employersSeeSkills(false)
                .employersSeeLanguages(true)
                .employersSeeArea(false)
                .employersSeeOccupation(true)
                .build();
    }

    public static PostingDraft posting(EmployerId employer, String title, String occupation) {
        return posting(employer, title, occupation, "Centrum");
    }

    /** An internship from in two weeks for three months, in the given area. */
    public static PostingDraft posting(EmployerId employer, String title, String occupation, String area) {
        return PostingDraft.builder()
                .employerId(employer)
                .kind(PostingKind.INTERNSHIP)
                .title(title)
                .occupation(occupation)
                .description("Praktik på vårt äldreboende.")
                .area(area)
                .periodFrom(LocalDate.now().plusDays(14))
                .periodTo(LocalDate.now().plusMonths(3))
                .hours("Heltid, dagtid")
                .swedishLevel(LanguageLevel.BASIC)
                .support("En handledare som talar arabiska.")
                .accessibility("Hiss och ramper.")
                .contact("jobb@foretag.example")
                .build();
    }
}
