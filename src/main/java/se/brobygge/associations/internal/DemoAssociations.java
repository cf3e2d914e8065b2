package se.brobygge.associations.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.AssociationType;
import se.brobygge.associations.ContactBy;
import se.brobygge.associations.Recurrence;
import se.brobygge.associations.RequestKind;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.LocalRunOnly;
import se.brobygge.shared.i18n.Language;

/**
 * Demo associations for the local run: two verified ones (sara@ chairs the football club), one
 * waiting for staff, regular activities at the demo meeting places, and a join request from amal@.
 * Created once, after the demo people and places exist.
 */
@Component
@LocalRunOnly
@Order(30)
class DemoAssociations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssociations.class);
    static final String FOOTBALL_NUMBER = "802512-3459";

    private final AssociationRepository associations;
    private final ActivityRepository activities;
    private final RequestRepository requests;
    private final RepresentationService representation;
    private final Recipients recipients;
    private final PlaceService places;
    private final Clock clock;

    DemoAssociations(
            AssociationRepository associations,
            ActivityRepository activities,
            RequestRepository requests,
            RepresentationService representation,
            Recipients recipients,
            PlaceService places,
            Clock clock) {
        this.associations = associations;
        this.activities = activities;
        this.requests = requests;
        this.representation = representation;
        this.recipients = recipients;
        this.places = places;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (associations.existsByOrganisationNumber(FOOTBALL_NUMBER)) {
            return;
        }
        AccountId sara = recipients.idOf("sara@demo.brohamn.example").orElse(null);
        AccountId erik = recipients.idOf("erik@demo.brohamn.example").orElse(null);
        AccountId amal = recipients.idOf("amal@demo.brohamn.example").orElse(null);
        if (sara == null || erik == null || amal == null) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        // demo data is set up as the system would: with staff rights, before anyone signs in
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-data", null, AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        try {
            create(sara, erik, amal);
        } finally {
            context.setAuthentication(previous);
        }
        log.info("Created demo associations");
    }

    private void create(AccountId sara, AccountId erik, AccountId amal) {
        AssociationEntity football = association(
                sara,
                "Norrby IF Tjejfotboll",
                FOOTBALL_NUMBER,
                AssociationType.SPORTS,
                Map.of(
                        "sv",
                        """
                        Fotboll för tjejer 10–19 år i Norrby. Ingen förkunskap behövs – kom och prova!
                        Vi har ledare som pratar svenska, arabiska och somaliska.""",
                        "ar",
                        "كرة قدم للفتيات من 10 إلى 19 عامًا في نوربي. لا حاجة إلى خبرة سابقة – تعالي وجرّبي!",
                        "en",
                        "Football for girls aged 10–19 in Norrby. No experience needed – come and try!"),
                Set.of("sv", "ar", "so"),
                Set.of("Norrby"),
                "tjejfotboll@norrbyif.example",
                "040-55 12 34",
                null,
                null,
                "Tisdagar och torsdagar 18–19",
                true,
                true);
        activity(
                football,
                "Fotboll för tjejer",
                "Träning för alla nivåer. Skor finns att låna.",
                DayOfWeek.TUESDAY,
                LocalTime.of(18, 0),
                LocalTime.of(19, 0),
                Recurrence.WEEKLY,
                place("Norrby mötesplats"));
        activity(
                football,
                "Matchträning",
                "För dig som vill spela match.",
                DayOfWeek.THURSDAY,
                LocalTime.of(18, 0),
                LocalTime.of(19, 30),
                Recurrence.WEEKLY,
                place("Norrby mötesplats"));

        AssociationEntity choir = association(
                sara,
                "Brohamns Världskör",
                "802498-7656",
                AssociationType.CULTURE,
                Map.of(
                        "sv",
                        "Vi sjunger sånger från hela världen. Du behöver inte kunna noter.",
                        "en",
                        "We sing songs from all over the world. You do not need to read music."),
                Set.of("sv", "en", "ar", "uk"),
                Set.of("Centrum", "Västra hamnen"),
                "kor@brohamn.example",
                null,
                "https://varldskoren.example",
                new BigDecimal("200"),
                "Onsdagar 19–21",
                true,
                true);
        activity(
                choir,
                "Körövning",
                "Vi övar inför vårkonserten.",
                DayOfWeek.WEDNESDAY,
                LocalTime.of(19, 0),
                LocalTime.of(21, 0),
                Recurrence.WEEKLY,
                place("Hamnens kulturhus"));

        AssociationEntity sewing = association(
                erik,
                "Söderdals syförening",
                "802455-5115",
                AssociationType.WOMEN,
                Map.of("sv", "Vi syr, lagar kläder och fikar tillsammans. Symaskiner finns."),
                Set.of("sv", "prs", "ti"),
                Set.of("Söderdal"),
                null,
                "070-111 22 33",
                null,
                null,
                "Varannan lördag",
                false,
                false);
        activity(
                sewing,
                "Syträff",
                "Ta med något du vill laga.",
                DayOfWeek.SATURDAY,
                LocalTime.of(11, 0),
                LocalTime.of(14, 0),
                Recurrence.BIWEEKLY,
                place("Söderdals fritidsgård"));

        representation.grant(sara, OrganisationKind.ASSOCIATION, football.id());
        representation.changeRole(OrganisationKind.ASSOCIATION, football.id(), sara, RepresentativeRole.CHAIR);
        representation.grant(sara, OrganisationKind.ASSOCIATION, choir.id());
        representation.changeRole(OrganisationKind.ASSOCIATION, choir.id(), sara, RepresentativeRole.CONTACT_PERSON);
        representation.grant(erik, OrganisationKind.ASSOCIATION, sewing.id());
        representation.changeRole(OrganisationKind.ASSOCIATION, sewing.id(), erik, RepresentativeRole.CHAIR);

        requests.save(new RequestEntity(
                football.id(),
                amal.value(),
                RequestKind.JOIN,
                "مرحبًا، ابنتي عمرها 12 عامًا وتريد أن تلعب كرة القدم. هل يمكنها أن تأتي يوم الثلاثاء؟",
                "ar",
                ContactBy.PLATFORM,
                null,
                clock.instant()));
    }

    private AssociationEntity association(
            AccountId registrant,
            String name,
            String number,
            AssociationType type,
            Map<String, String> descriptions,
            Set<String> languages,
            Set<String> areas,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable BigDecimal fee,
            String meetingTimes,
            boolean newcomerHelp,
            boolean verified) {
        AssociationEntity a = new AssociationEntity(registrant.value(), clock.instant());
        a.describe(
                name,
                number,
                type,
                descriptions.getOrDefault("sv", ""),
                languages,
                areas,
                email,
                phone,
                website,
                fee,
                meetingTimes,
                newcomerHelp);
        // the demo's texts in other languages are translations of the Swedish one (decision 0050)
        Map<Language, String> translations = new EnumMap<>(Language.class);
        descriptions.forEach((code, text) ->
                Language.byCode(code).filter(l -> l != Language.SWEDISH).ifPresent(l -> translations.put(l, text)));
        a.translate(translations, Map.of());
        if (verified) {
            a.verify(clock.instant());
        }
        return associations.saveAndFlush(a);
    }

    private void activity(
            AssociationEntity a,
            String title,
            String description,
            DayOfWeek day,
            LocalTime start,
            LocalTime end,
            Recurrence recurrence,
            @Nullable Long placeId) {
        ActivityEntity activity = new ActivityEntity(a.id(), clock.instant());
        activity.describe(title, description, day, start, end, recurrence, placeId);
        activities.save(activity);
    }

    private @Nullable Long place(String name) {
        return places.published(PlaceFilter.ALL).stream()
                .filter(p -> p.name().equals(name))
                .map(p -> p.id().value())
                .findFirst()
                .orElse(null);
    }
}
