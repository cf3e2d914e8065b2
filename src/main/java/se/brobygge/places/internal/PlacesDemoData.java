package se.brobygge.places.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.LocalRunOnly;

/**
 * Meeting places of the fictional Brohamns kommun, for the local run only. Created once; a
 * restart keeps what was changed.
 */
@Component
@LocalRunOnly
@Order(10)
class PlacesDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacesDemoData.class);

    static final List<PlaceDetails> PLACES = List.of(
            new PlaceDetails(
                    "Stadsbiblioteket",
                    "Språkcafé varje tisdag, läxhjälp och datorer att låna. Personalen talar svenska, engelska och arabiska.",
                    "Biblioteksgatan 1",
                    "Centrum",
                    55.6050,
                    13.0004,
                    "Måndag–torsdag 10–20\nFredag 10–18\nLördag 11–16",
                    Set.of(
                            AccessibilityFact.STEP_FREE_ENTRANCE,
                            AccessibilityFact.HEARING_LOOP,
                            AccessibilityFact.ACCESSIBLE_TOILET),
                    "bibliotek@brohamn.example",
                    "040-123 45 00"),
            new PlaceDetails(
                    "Norrby mötesplats",
                    "Öppen förskola, kvinnogrupp och samhällsinformation på flera språk.",
                    "Norrbytorget 4",
                    "Norrby",
                    55.6160,
                    13.0120,
                    "Måndag–fredag 9–17",
                    Set.of(AccessibilityFact.STEP_FREE_ENTRANCE),
                    "norrby@brohamn.example",
                    "040-123 45 10"),
            new PlaceDetails(
                    "Söderdals fritidsgård",
                    "Fritidsgård för unga 13–18 år: idrott, musik och läxläsning.",
                    "Dalvägen 12",
                    "Söderdal",
                    55.5930,
                    12.9950,
                    "Måndag–torsdag 15–21\nFredag 15–23",
                    Set.of(AccessibilityFact.ACCESSIBLE_TOILET),
                    null,
                    "040-123 45 20"),
            new PlaceDetails(
                    "Hamnens kulturhus",
                    "Konserter, utställningar och föreningarnas öppna kvällar vid hamnen.",
                    "Kajen 7",
                    "Västra hamnen",
                    55.6095,
                    12.9780,
                    "Tisdag–söndag 11–21",
                    Set.of(
                            AccessibilityFact.STEP_FREE_ENTRANCE,
                            AccessibilityFact.HEARING_LOOP,
                            AccessibilityFact.ACCESSIBLE_TOILET),
                    "kulturhuset@brohamn.example",
                    null),
            new PlaceDetails(
                    "Ekbackens folkets hus",
                    "Föreningslokaler, stickcafé och pensionärsträffar.",
                    "Ekbacksvägen 2",
                    "Ekbacken",
                    55.6000,
                    13.0250,
                    "Enligt föreningarnas program",
                    Set.of(),
                    null,
                    null));

    private final PlaceRepository places;
    private final Clock clock;

    PlacesDemoData(PlaceRepository places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (PlaceDetails details : PLACES) {
            if (!places.existsByName(details.name())) {
                places.save(new PlaceEntity(PlaceStatus.PUBLISHED, details, null, clock.instant()));
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo meeting places", created);
        }
    }
}
