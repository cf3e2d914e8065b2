package se.brobygge.events.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.SeatQuota;
import se.brobygge.events.SeriesRule;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.LocalRunOnly;
import se.brobygge.shared.i18n.Formats;

/**
 * Demo events for the local run: language cafés and meetups in the coming weeks, one of them full
 * with a waitlist. Created once, after the demo people exist.
 */
@Component
@LocalRunOnly
@Order(20)
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    private static final Map<String, String> PLACE_BY_TITLE = Map.of(
            "Cykelkurs för kvinnor", "Söderdals fritidsgård",
            "Informationsmöte: Så fungerar föreningslivet", "Hamnens kulturhus",
            "Matlagningskväll i Norrby", "Norrby mötesplats");

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final SignUpCodes codes;
    private final Recipients recipients;
    private final PlaceService places;
    private final SeriesRepository series;
    private final Clock clock;

    DemoEvents(
            EventRepository events,
            SignUpRepository signUps,
            SignUpCodes codes,
            Recipients recipients,
            PlaceService places,
            SeriesRepository series,
            Clock clock) {
        this.series = series;
        this.places = places;
        this.events = events;
        this.signUps = signUps;
        this.codes = codes;
        this.recipients = recipients;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (events.count() > 0) {
            return;
        }
        AccountId lina = recipients.idOf("lina@demo.brohamn.example").orElse(null);
        if (lina == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        // a weekly series with one week off (a holiday)
        LocalDate firstCafe = today.plusDays(2);
        LocalDate holiday = firstCafe.plusWeeks(3);
        SeriesEntity cafes = series.save(new SeriesEntity(
                SeriesRule.Frequency.WEEKLY,
                firstCafe,
                firstCafe.plusWeeks(6),
                Set.of(holiday),
                lina.value(),
                clock.instant()));
        for (LocalDate day :
                Recurrences.dates(firstCafe, SeriesRule.Frequency.WEEKLY, firstCafe.plusWeeks(6), Set.of(holiday))) {
            EventEntity cafe = event(
                    lina,
                    "Språkcafé på Stadsbiblioteket",
                    """
                    Öva svenska i lugn takt över en kopp kaffe. Alla nivåer är välkomna, och vi delar in oss i \
                    små grupper efter hur mycket svenska du pratar.

                    * fika ingår
                    * barn får gärna följa med""",
                    day,
                    LocalTime.of(17, 0),
                    2,
                    Category.LANGUAGE_CAFE,
                    Audience.EVERYONE,
                    Set.of("sv", "ar", "prs", "en"),
                    true,
                    null,
                    25);
            cafe.partOf(cafes.id());
        }
        EventEntity full = event(
                lina,
                "Cykelkurs för kvinnor",
                """
                Lär dig cykla i trafiken med erfarna instruktörer. Cyklar och hjälmar finns att låna.""",
                today.plusDays(5),
                LocalTime.of(10, 0),
                2,
                Category.SPORT,
                Audience.WOMEN,
                Set.of("sv", "ar", "so"),
                false,
                null,
                2);
        event(
                lina,
                "Informationsmöte: Så fungerar föreningslivet",
                """
                Vad är en förening, vad kostar det och hur blir man medlem? Föreningar från hela kommunen berättar.""",
                today.plusDays(9),
                LocalTime.of(18, 30),
                2,
                Category.INFORMATION_MEETING,
                Audience.NEWCOMERS,
                Set.of("sv", "ar", "ti", "uk"),
                true,
                null,
                null);
        EventEntity cooking = event(
                lina,
                "Matlagningskväll i Norrby",
                """
                Vi lagar mat från olika delar av världen och äter tillsammans. Sex platser är reserverade för \
                nyanlända fram till två dagar innan.""",
                today.plusDays(12),
                LocalTime.of(17, 30),
                3,
                Category.MEETUP,
                Audience.EVERYONE,
                Set.of("sv", "ar", "en"),
                true,
                new BigDecimal("40"),
                16);
        cooking.setSignUpRules(
                List.of(new SeatQuota(
                        Audience.NEWCOMERS.name(), 6, cooking.startsAt().minus(Duration.ofDays(2)))),
                false,
                List.of("Har du någon matallergi?"),
                4);
        EventEntity visit = event(
                lina,
                "Studiebesök på Brohamns hamn",
                """
                Vi besöker hamnen och träffar personer som arbetar där. Arrangören godkänner varje anmälan, \
                eftersom gruppen får vara högst tolv personer.""",
                today.plusDays(15),
                LocalTime.of(9, 0),
                3,
                Category.INFORMATION_MEETING,
                Audience.NEWCOMERS,
                Set.of("sv", "ar"),
                false,
                null,
                12);
        visit.setSignUpRules(List.of(), true, List.of("Behöver du tolk? Vilket språk?"), 0);
        recipients.idOf("amal@demo.brohamn.example").ifPresent(id -> {
            SignUpEntity pending = new SignUpEntity(
                    visit.id().value(), id.value(), SignUpStatus.PENDING, codes.next(), clock.instant());
            pending.describe(null, List.of("Ja, arabiska"));
            signUps.save(pending);
        });
        signUp(full, "amal@demo.brohamn.example", SignUpStatus.CONFIRMED);
        signUp(full, "sara@demo.brohamn.example", SignUpStatus.CONFIRMED);
        signUp(full, "erik@demo.brohamn.example", SignUpStatus.WAITING);
        log.info("Created demo events");
    }

    /** Looks a place up as an anonymous visitor would: demo data runs before anyone signs in. */
    private @Nullable Long place(String name) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "demo-data", "demo-data", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            return places.published(PlaceFilter.ALL).stream()
                    .filter(p -> p.name().equals(name))
                    .map(p -> p.id().value())
                    .findFirst()
                    .orElse(null);
        } finally {
            context.setAuthentication(previous);
        }
    }

    private EventEntity event(
            AccountId organiser,
            String title,
            String description,
            LocalDate day,
            LocalTime time,
            int hours,
            Category category,
            Audience audience,
            Set<String> languages,
            boolean childFriendly,
            @Nullable BigDecimal cost,
            @Nullable Integer capacity) {
        EventEntity event = new EventEntity(organiser.value(), "Brohamns kommun", clock.instant());
        var start = day.atTime(time).atZone(Formats.MUNICIPALITY_ZONE).toInstant();
        event.describe(
                title,
                description,
                place(PLACE_BY_TITLE.getOrDefault(title, "Stadsbiblioteket")),
                null,
                start,
                start.plusSeconds(3600L * hours),
                category,
                audience,
                languages,
                childFriendly,
                cost,
                capacity,
                null);
        return events.save(event);
    }

    private void signUp(EventEntity event, String email, SignUpStatus status) {
        List.of(email)
                .forEach(e -> recipients.idOf(e).ifPresent(id -> {
                    signUps.save(
                            new SignUpEntity(event.id().value(), id.value(), status, codes.next(), clock.instant()));
                    if (status == SignUpStatus.CONFIRMED) {
                        event.seatsTaken(1);
                    }
                }));
    }
}
