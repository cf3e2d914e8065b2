package se.brobygge.mentoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.brobygge.mentoring.matching.AgeBand;
import se.brobygge.mentoring.matching.Candidate;
import se.brobygge.mentoring.matching.Gender;
import se.brobygge.mentoring.matching.Interest;
import se.brobygge.mentoring.matching.LanguageLevel;
import se.brobygge.mentoring.matching.MeetingMode;
import se.brobygge.mentoring.matching.MentoringKind;
import se.brobygge.mentoring.matching.TimeSlot;
import se.brobygge.shared.occupation.Occupations;

/**
 * Generated people with realistic attributes for tests and the benchmark: Swedish for nearly every
 * mentor and at some level for most newcomers, newcomers' languages weighted as in a Swedish
 * municipality (Arabic, Dari, Somali, Tigrinya, Ukrainian, ...), occupations from SSYK, a few
 * areas, and some people with gender or age wishes.
 */
public final class MatchingFixtures {

    private static final String[] NEWCOMER_LANGUAGES = {
        "ar", "ar", "ar", "prs", "prs", "so", "so", "ti", "uk", "uk", "fa", "ku", "en", "es", "fr", "tr", "ru", "pl"
    };
    private static final String[] RESIDENT_LANGUAGES = {"en", "en", "en", "de", "es", "fr", "ar", "fi", "pl", "uk"};
    private static final String[] AREAS = {"Centrum", "Norrby", "Söderdal", "Västra hamnen", "Ekbacken", "Lillån"};
    private static final List<String> OCCUPATIONS =
            Occupations.all().stream().map(o -> o.code()).toList();

    private MatchingFixtures() {}

    public static Candidate person(
            long id, Map<String, LanguageLevel> languages, Set<MentoringKind> kinds, int capacity) {
        return new Candidate(
                id,
                languages,
                null,
                Set.of(),
                null,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                AgeBand.AGE_26_35,
                Gender.UNSTATED,
                false,
                null,
                null,
                kinds,
                capacity);
    }

    public static List<Candidate> mentees(int count, long firstId, Random random) {
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, LanguageLevel> languages = new HashMap<>();
            languages.put(NEWCOMER_LANGUAGES[random.nextInt(NEWCOMER_LANGUAGES.length)], LanguageLevel.FLUENT);
            if (random.nextInt(10) < 7) {
                languages.put("sv", LanguageLevel.values()[random.nextInt(3)]);
            }
            if (random.nextInt(10) < 4) {
                languages.put("en", LanguageLevel.values()[1 + random.nextInt(4)]);
            }
            people.add(randomPerson(firstId + i, languages, random, 1, true));
        }
        return people;
    }

    public static List<Candidate> mentors(int count, long firstId, Random random) {
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, LanguageLevel> languages = new HashMap<>();
            languages.put("sv", random.nextInt(10) < 9 ? LanguageLevel.FLUENT : LanguageLevel.ADVANCED);
            if (random.nextInt(10) < 7) {
                languages.put(
                        RESIDENT_LANGUAGES[random.nextInt(RESIDENT_LANGUAGES.length)],
                        LanguageLevel.values()[2 + random.nextInt(3)]);
            }
            people.add(randomPerson(firstId + i, languages, random, 1 + random.nextInt(3), false));
        }
        return people;
    }

    private static Candidate randomPerson(
            long id, Map<String, LanguageLevel> languages, Random random, int capacity, boolean mentee) {
        Set<Interest> interests = EnumSet.noneOf(Interest.class);
        for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
            interests.add(Interest.values()[random.nextInt(Interest.values().length)]);
        }
        Set<TimeSlot> times = EnumSet.noneOf(TimeSlot.class);
        for (TimeSlot slot : TimeSlot.values()) {
            if (random.nextInt(10) < 5) {
                times.add(slot);
            }
        }
        if (times.isEmpty()) {
            times.add(TimeSlot.values()[random.nextInt(3)]);
        }
        Set<MeetingMode> modes = random.nextInt(10) < 7
                ? EnumSet.allOf(MeetingMode.class)
                : EnumSet.of(MeetingMode.values()[random.nextInt(2)]);
        Set<MentoringKind> kinds = EnumSet.noneOf(MentoringKind.class);
        for (int k = 0, n = 1 + random.nextInt(mentee ? 2 : 3); k < n; k++) {
            kinds.add(MentoringKind.values()[random.nextInt(MentoringKind.values().length)]);
        }
        Gender gender = random.nextInt(20) == 0 ? Gender.UNSTATED : random.nextBoolean() ? Gender.WOMAN : Gender.MAN;
        boolean sameGender = gender != Gender.UNSTATED && random.nextInt(10) < (mentee ? 2 : 1);
        AgeBand age = AgeBand.values()[random.nextInt(AgeBand.values().length)];
        AgeBand min = null;
        AgeBand max = null;
        if (random.nextInt(10) == 0) {
            min = AgeBand.values()[Math.max(0, age.ordinal() - 1)];
            max = AgeBand.values()[Math.min(AgeBand.values().length - 1, age.ordinal() + 1)];
        }
        String occupation = random.nextInt(10) < 8 ? OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())) : null;
        return new Candidate(
                id,
                languages,
                occupation,
                interests,
                AREAS[random.nextInt(AREAS.length)],
                times,
                modes,
                age,
                gender,
                sameGender,
                min,
                max,
                kinds,
                capacity);
    }
}
