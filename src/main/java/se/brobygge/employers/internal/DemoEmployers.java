package se.brobygge.employers.internal;

import static se.brobygge.identity.DemoAccounts.as;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.employers.CardDraft;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerDraft;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerKind;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerSize;
import se.brobygge.employers.LanguageLevel;
import se.brobygge.employers.OutcomeKind;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.PostingDraft;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.RegistrationStatus;
import se.brobygge.employers.SessionDraft;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionRegistrationService;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.LocalRunOnly;
import se.brobygge.shared.OrganisationNumber;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * Demo data for the local run: johan@ represents a verified employer with an internship; a past
 * session with a seating, a contact and outcomes; an upcoming session where Amal, Johan and Erik
 * are registered with their cards. Created once, through the services where they allow it (as the
 * demo people themselves), the past session directly (services refuse dates in the past).
 */
@Component
@LocalRunOnly
@Order(40)
class DemoEmployers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

    private final EmployerRepository employerRepository;
    private final SessionRepository sessionRepository;
    private final ParticipantRepository participants;
    private final OutcomeRepository outcomes;
    private final ContactRepository contacts;
    private final EmployerService employers;
    private final SessionService sessions;
    private final SessionRegistrationService registrations;
    private final CardService cards;
    private final PostingService postings;
    private final PlaceService places;
    private final Recipients recipients;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoEmployers(
            EmployerRepository employerRepository,
            SessionRepository sessionRepository,
            ParticipantRepository participants,
            OutcomeRepository outcomes,
            ContactRepository contacts,
            EmployerService employers,
            SessionService sessions,
            SessionRegistrationService registrations,
            CardService cards,
            PostingService postings,
            PlaceService places,
            Recipients recipients,
            TransactionTemplate transactions,
            Clock clock) {
        this.employerRepository = employerRepository;
        this.sessionRepository = sessionRepository;
        this.participants = participants;
        this.outcomes = outcomes;
        this.contacts = contacts;
        this.employers = employers;
        this.sessions = sessions;
        this.registrations = registrations;
        this.cards = cards;
        this.postings = postings;
        this.places = places;
        this.recipients = recipients;
        this.transactions = transactions;
        this.clock = clock;
    }

    static String organisationNumber() {
        for (int check = 0; check < 10; check++) {
            if (OrganisationNumber.isValid("559123456" + check)) {
                return "559123-456" + check;
            }
        }
        throw new IllegalStateException();
    }

    @Override
    public void run(ApplicationArguments args) {
        String number = organisationNumber();
        if (employerRepository.findByOrgNumber(number).isPresent()) {
            return;
        }
        AccountId johan = recipients.idOf("johan@demo.brohamn.example").orElse(null);
        AccountId amal = recipients.idOf("amal@demo.brohamn.example").orElse(null);
        AccountId erik = recipients.idOf("erik@demo.brohamn.example").orElse(null);
        AccountId lina = recipients.idOf("lina@demo.brohamn.example").orElse(null);
        Long place = places.published(PlaceFilter.ALL).stream()
                .map(p -> p.id().value())
                .findFirst()
                .orElse(null);
        if (johan == null || amal == null || erik == null || lina == null || place == null) {
            log.info("Demo people or places missing; no demo employer sessions");
            return;
        }
        EmployerId employer = as(
                johan,
                "Johan Ek",
                Roles.RESIDENT,
                () -> employers.register(new EmployerDraft(
                        "Brohamns Vård & Bygg AB",
                        number,
                        EmployerKind.COMPANY,
                        "Vård och omsorg, bygg",
                        EmployerSize.MEDIUM,
                        "Hamngatan 12, Brohamn",
                        "johan@demo.brohamn.example",
                        "040-55 55 55",
                        "Vi driver två äldreboenden och ett byggföretag i Brohamn och tar gärna emot praktikanter.")));
        as(lina, "Lina Berg", Roles.STAFF, () -> {
            employers.verify(employer);
            return null;
        });
        as(amal, "Amal Haddad", Roles.RESIDENT, () -> {
            cards.saveMyCard(CardDraft.builder()
                    .presentation("Jag heter Amal och var undersköterska i Aleppo i åtta år.")
                    .seeks("Praktik inom äldreomsorgen och att lära mig svenska på jobbet.")
                    .offers("Erfarenhet av omvårdnad, arabiska och engelska.")
                    .languages(Set.of("ar", "sv", "en"))
                    .swedishLevel(LanguageLevel.BASIC)
                    .occupation("53")
                    .area("Norrby")
                    .skills("Omvårdnad, medicinering, matlagning.")
                    .visibleToParticipants(true)
                    .suggestible(true)
                    .employersSeeSkills(true)
                    .employersSeeLanguages(true)
                    .employersSeeArea(true)
                    .employersSeeOccupation(true)
                    .build());
            return null;
        });
        as(johan, "Johan Ek", Roles.RESIDENT, () -> {
            cards.saveMyCard(CardDraft.builder()
                    .presentation("Johan, personalchef på Brohamns Vård & Bygg.")
                    .seeks("Undersköterskor och hantverkare, gärna med arabiska.")
                    .offers("Praktikplatser med handledare, sommarjobb.")
                    .languages(Set.of("sv", "en"))
                    .swedishLevel(LanguageLevel.FLUENT)
                    .occupation("53")
                    .area("Västra hamnen")
                    .skills("")
                    .visibleToParticipants(true)
                    .suggestible(false)
                    .employersSeeSkills(false)
                    .employersSeeLanguages(true)
                    .employersSeeArea(false)
                    .employersSeeOccupation(true)
                    .build());
            postings.post(PostingDraft.builder()
                    .employerId(employer)
                    .kind(PostingKind.INTERNSHIP)
                    .title("Praktik som undersköterska")
                    .titleTranslations(Map.of(Language.ARABIC, "تدريب كمساعد/ة تمريض"))
                    .occupation("53")
                    .description(
                            "Sex veckors praktik på vårt äldreboende i Norrby, med en handledare som talar arabiska.")
                    .area("Norrby")
                    .periodFrom(LocalDate.now(clock).plusWeeks(3))
                    .periodTo(LocalDate.now(clock).plusWeeks(9))
                    .hours("Dagtid, 30 timmar i veckan")
                    .swedishLevel(LanguageLevel.BASIC)
                    .support("Handledare, språkstöd och introduktion första veckan.")
                    .accessibility("Hiss och ramper; hörslinga i personalrummet.")
                    .contact("johan@demo.brohamn.example")
                    .build());
            return null;
        });
        as(erik, "Erik Lindqvist", Roles.RESIDENT, () -> {
            cards.saveMyCard(CardDraft.builder()
                    .presentation("Erik, ordförande i Söderdals IK.")
                    .seeks("Ledare och volontärer.")
                    .offers("Ett nätverk i föreningslivet.")
                    .languages(Set.of("sv", "en"))
                    .swedishLevel(LanguageLevel.FLUENT)
                    .occupation(null)
                    .area("Söderdal")
                    .skills("")
                    .visibleToParticipants(true)
                    .suggestible(false)
                    .employersSeeSkills(false)
                    .employersSeeLanguages(true)
                    .employersSeeArea(false)
                    .employersSeeOccupation(false)
                    .build());
            return null;
        });
        pastSession(place, employer.value(), johan, amal, erik, lina);
        Map<ParticipantRole, Integer> quotas = new EnumMap<>(ParticipantRole.class);
        quotas.putAll(Map.of(
                ParticipantRole.NEWCOMER,
                16,
                ParticipantRole.COMPANY,
                12,
                ParticipantRole.ASSOCIATION,
                4,
                ParticipantRole.POLITICIAN,
                4,
                ParticipantRole.AUTHORITY,
                4));
        LocalDateTime start = LocalDate.now(clock).plusDays(12).atTime(LocalTime.of(17, 30));
        SessionId upcoming = as(
                lina,
                "Lina Berg",
                Roles.STAFF,
                () -> sessions.create(SessionDraft.builder()
                                .theme("Näringslivsupprop: vård, omsorg och bygg")
                                .description("Nyanlända, företag, föreningar, politiker och myndigheter "
                                        + "möts vid små bord. Berätta vad du söker och vad du kan erbjuda.")
                                .placeId(place)
                                .area(null)
                                .startsAt(start)
                                .endsAt(start.plusHours(2))
                                .signupDeadline(start.minusDays(2))
                                .seats(40)
                                .quotas(quotas)
                                .repeat(1)
                                .intervalWeeks(1)
                                .themeTranslations(Map.of(Language.ARABIC, "لقاء مع أصحاب العمل: الرعاية والبناء"))
                                .build())
                        .getFirst());
        as(amal, "Amal Haddad", Roles.RESIDENT, () -> registrations.register(upcoming, ParticipantRole.NEWCOMER, null));
        as(
                johan,
                "Johan Ek",
                Roles.RESIDENT,
                () -> registrations.register(upcoming, ParticipantRole.COMPANY, employer));
        as(
                erik,
                "Erik Lindqvist",
                Roles.RESIDENT,
                () -> registrations.register(upcoming, ParticipantRole.ASSOCIATION, null));
        log.info("Demo employer, internship and two employer sessions created");
    }

    private void pastSession(
            long place, long employer, AccountId johan, AccountId amal, AccountId erik, AccountId lina) {
        transactions.executeWithoutResult(tx -> {
            Instant start = LocalDate.now(clock)
                    .minusDays(21)
                    .atTime(LocalTime.of(17, 30))
                    .atZone(Formats.MUNICIPALITY_ZONE)
                    .toInstant();
            Map<ParticipantRole, Integer> quotas = new EnumMap<>(ParticipantRole.class);
            quotas.putAll(Map.of(
                    ParticipantRole.NEWCOMER,
                    4,
                    ParticipantRole.COMPANY,
                    2,
                    ParticipantRole.ASSOCIATION,
                    2,
                    ParticipantRole.POLITICIAN,
                    1,
                    ParticipantRole.AUTHORITY,
                    1));
            SessionEntity past = sessionRepository.saveAndFlush(new SessionEntity(
                    "Näringslivsupprop i Norrby",
                    "Det första uppropet i Norrby.",
                    place,
                    "Norrby",
                    start,
                    start.plus(2, ChronoUnit.HOURS),
                    null,
                    null,
                    10,
                    quotas,
                    lina.value(),
                    start.minus(14, ChronoUnit.DAYS)));
            past.seatAtTablesOf(3);
            long id = past.id().value();
            for (var p : List.of(
                    new ParticipantEntity(
                            id,
                            amal.value(),
                            ParticipantRole.NEWCOMER,
                            null,
                            RegistrationStatus.CONFIRMED,
                            start.minus(7, ChronoUnit.DAYS)),
                    new ParticipantEntity(
                            id,
                            johan.value(),
                            ParticipantRole.COMPANY,
                            employer,
                            RegistrationStatus.CONFIRMED,
                            start.minus(6, ChronoUnit.DAYS)),
                    new ParticipantEntity(
                            id,
                            erik.value(),
                            ParticipantRole.ASSOCIATION,
                            null,
                            RegistrationStatus.CONFIRMED,
                            start.minus(5, ChronoUnit.DAYS)))) {
                p.seat(1);
                participants.save(p);
            }
            contacts.save(
                    new ContactEntity(id, amal.value(), johan.value(), amal.value(), start.plus(2, ChronoUnit.HOURS)));
            LocalDate day = LocalDate.ofInstant(start, Formats.MUNICIPALITY_ZONE);
            outcomes.save(new OutcomeEntity(
                    id,
                    amal.value(),
                    OutcomeKind.INTERNSHIP_OFFERED,
                    day.plusDays(5),
                    lina.value(),
                    start.plus(5, ChronoUnit.DAYS)));
            outcomes.save(new OutcomeEntity(
                    id,
                    erik.value(),
                    OutcomeKind.TRAINING_STARTED,
                    day.plusDays(12),
                    lina.value(),
                    start.plus(12, ChronoUnit.DAYS)));
        });
    }
}
