package se.brobygge.shared.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSYK 2012 list people choose their occupation from, and how typing finds an entry. */
class OccupationsTest {

    private static final Locale SWEDISH = Locale.of("sv");

    @ParameterizedTest(name = "\"{0}\" on a {1} page finds {2} first")
    @CsvSource(delimiter = ';', textBlock = """
            kock;sv;5120
            undersköterska;sv;5321
            lager;sv;4322
            snickare;sv;7111
            cook;sv;5120
            طباخ;sv;5120
            kock;en;5120
            cook;en;5120
            طباخ;ar;5120
            cook;ar;5120
            undersköterska;ar;5321
            KOCK;sv;5120
            Underskoterska;sv;5321
            undersköt;sv;5321
            städ;sv;9111
            vård;sv;5342
            طَبّاخ;ar;5120
            baker;sv;7612
            bagare;sv;7612
            cleaner;en;9111
            städare;sv;9111
            nursing assistant;en;5321
            carpenter;en;7111
            electrician;en;7411
            elektriker;sv;7411
            plumber;en;7125
            rörmokare;sv;7125
            bus driver;en;8331
            busschaufför;sv;8331
            truck driver;en;8332
            lastbilschaufför;sv;8332
            warehouse worker;en;4322
            shop assistant;en;5222
            cashier;en;5230
            kassör;sv;5230
            teacher;en;2341
            lärare;sv;2341
            preschool teacher;en;2343
            förskollärare;sv;2343
            child minder;en;5311
            barnskötare;sv;5311
            engineer;en;3119
            developer;en;2512
            programmerare;sv;2512
            accountant;en;3313
            doctor;en;2219
            läkare;sv;2219
            nurse;en;2221
            sjuksköterska;sv;2221
            dentist;en;2260
            pharmacist;en;2281
            hairdresser;en;5141
            frisör;sv;5141
            tailor;en;7531
            mechanic;en;7231
            welder;en;7212
            painter;en;7131
            construction worker;en;7119
            farm worker;en;9210
            interpreter;en;2643
            tolk;sv;2643
            personlig assistent;sv;5343
            ممرض;ar;2221
            مساعد تمريض;ar;5321
            نجار;ar;7111
            كهربائي;ar;7411
            سائق حافلة;ar;8331
            خباز;ar;7612
            5120;sv;5120
            кухар;uk;5120
            Кухар;uk;5120
            повар;uk;5120
            кухар;sv;5120
            медсестра;uk;2221
            прибиральниця;uk;9111
            водій автобуса;uk;8331
            вчитель;uk;2341
            електрик;uk;7411
            м'ясник;uk;7611
            мясник;uk;7611
            м’ясник;uk;7611
            آشپز;prs;5120
            آشپز;sv;5120
            داکتر;prs;2219
            داكتر;prs;2219
            نرسها;prs;2221
            دریور بس;prs;8331
            صفاکار;prs;9111
            نلدوان;prs;7125
            معلم;prs;2341
            ۵۱۲۰;prs;5120
            cunto kariye;so;5120
            cunto kariye;en;5120
            nadiifiye;so;9111
            darawal bas;so;8331
            kalkaaliye caafimaad;so;2221
            korontole;so;7411
            ኣብሳሊ;ti;5120
            ኣብሳሊ;sv;5120
            መምህር;ti;2341
            ሓኪም;ti;2219
            ነርስ;ti;2221
            ኣጽራዪ;ti;9111
            ኣፅራዪ;ti;9111
            መራሒ ኣውቶቡስ;ti;8331
            """)
    void aCommonWordFindsItsUnitGroupFirst(String typed, String language, String code) {
        List<Occupation> found = Occupations.search(typed, Locale.of(language));

        assertThat(found).as(typed).isNotEmpty();
        assertThat(found.getFirst().code())
                .as("first match for " + typed + ": " + found.getFirst().name(SWEDISH))
                .isEqualTo(code);
    }

    @Test
    void everyUnitAndSubMajorGroupIsNamedInAllSevenLanguagesInItsOwnScript() {
        List<Occupation> every = new ArrayList<>(Occupations.all());
        for (Occupation unit : Occupations.all()) {
            every.add(Occupations.byCode(unit.group()).orElseThrow());
        }
        assertThat(every.stream().map(Occupation::code).distinct()).hasSize(429 + 46);

        for (Occupation o : every) {
            for (String language : List.of("sv", "en", "ar", "prs", "so", "ti", "uk")) {
                assertThat(o.name(Locale.forLanguageTag(language)))
                        .as(language + " name of " + o.code())
                        .isNotBlank();
            }
            for (String language : List.of("ar", "prs", "so", "ti", "uk")) {
                assertThat(o.name(language)).as("’, not ', in " + language).doesNotContain("'");
                assertThat(o.synonyms().getOrDefault(language, List.of()))
                        .as("’, not ', in " + language)
                        .noneMatch(t -> t.contains("'"));
            }
            assertThat(o.name(Locale.forLanguageTag("prs"))).as(o.code()).containsPattern("\\p{IsArabic}{2}");
            assertThat(o.name(Locale.forLanguageTag("so")))
                    .as(o.code())
                    .matches("[\\p{IsLatin}\\p{P}\\p{N} ’]+")
                    .isNotEqualTo(o.english());
            assertThat(o.name(Locale.forLanguageTag("ti"))).as(o.code()).containsPattern("\\p{IsEthiopic}{2}");
            assertThat(o.name(Locale.forLanguageTag("uk"))).as(o.code()).containsPattern("\\p{IsCyrillic}{2}");
        }
    }

    @Test
    void mostUnitGroupsCanBeFoundByACommonJobTitleInEachNewLanguage() {
        for (String language : List.of("prs", "so", "ti", "uk")) {
            assertThat(Occupations.all().stream()
                            .filter(o -> !o.synonyms()
                                    .getOrDefault(language, List.of())
                                    .isEmpty()))
                    .as(language)
                    .hasSizeGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void cooksAreNamedInThePagesLanguage() {
        Occupation cooks = Occupations.byCode("5120").orElseThrow();

        assertThat(cooks.name(Locale.forLanguageTag("uk"))).isEqualTo("Кухарі та кухарі холодного цеху");
        assertThat(cooks.name(Locale.forLanguageTag("prs"))).isEqualTo("آشپزها");
        assertThat(cooks.name(Locale.forLanguageTag("so"))).startsWith("Cunto-kariyeyaasha");
        assertThat(cooks.name(Locale.forLanguageTag("ti")))
                .as("Tigrinya in Ethiopic script")
                .matches("[\\p{IsEthiopic} ]+");
        assertThat(cooks.name(Locale.forLanguageTag("fi")))
                .as("a language the list is not named in shows the Swedish name")
                .isEqualTo("Kockar och kallskänkor");
        assertThat(Occupations.byCode("53").orElseThrow().name(Locale.forLanguageTag("uk")))
                .isEqualTo("Професії догляду");
    }

    @Test
    void aBlankQueryListsEveryUnitGroupByItsNameInThePagesLanguage() {
        Locale ukrainian = Locale.forLanguageTag("uk");
        List<String> names = Occupations.search("", ukrainian).stream()
                .map(o -> o.name(ukrainian))
                .toList();

        assertThat(names).hasSize(429).allMatch(n -> n.matches(".*\\p{IsCyrillic}.*"));
        assertThat(names.getFirst()).startsWith("А");
    }

    @Test
    void kockOffersCooksByTheirSwedishName() {
        assertThat(Occupations.search("kock", SWEDISH).getFirst().name(SWEDISH)).isEqualTo("Kockar och kallskänkor");
        assertThat(Occupations.search("kock", Locale.ENGLISH).getFirst().name(Locale.ENGLISH))
                .isEqualTo("Cooks and cold-kitchen cooks");
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(Occupations.search("xqzwv", SWEDISH)).isEmpty();
    }

    @Test
    void aBlankQueryListsEveryUnitGroupAlphabetically() {
        List<Occupation> all = Occupations.search("  ", SWEDISH);

        assertThat(all).hasSize(Occupations.all().size());
        assertThat(all.getFirst().swedish()).isEqualTo("Advokater");
    }

    @Test
    void everyUnitGroupHasAUniqueFourDigitCodeAndANameInSwedishEnglishAndArabic() {
        List<Occupation> all = Occupations.all();
        Set<String> codes = new HashSet<>();

        assertThat(all).hasSize(429);
        for (Occupation o : all) {
            assertThat(o.code()).matches("\\d{4}");
            assertThat(codes.add(o.code())).as("unique " + o.code()).isTrue();
            assertThat(o.swedish()).as(o.code()).isNotBlank();
            assertThat(o.english()).as(o.code()).isNotBlank().matches("[\\p{IsLatin}\\p{P}\\p{N} ]+");
            assertThat(o.arabic()).as(o.code()).isNotBlank().containsPattern("\\p{IsArabic}{2}");
            assertThat(Occupations.byCode(o.group()))
                    .as("sub-major group of " + o.code())
                    .isPresent();
        }
        assertThat(Occupations.byCode("5321").orElseThrow().swedish())
                .isEqualTo("Undersköterskor, hemtjänst, hemsjukvård och äldreboende");
        assertThat(Occupations.byCode("7111").orElseThrow().swedish()).isEqualTo("Träarbetare, snickare m.fl.");
    }

    @Test
    void aTwoDigitGroupStoredBeforeStillShowsItsNameButIsNotOffered() {
        assertThat(Occupations.byCode("53").orElseThrow().name(SWEDISH)).isEqualTo("Omsorgsyrken");
        assertThat(Occupations.byCode("53").orElseThrow().name(Locale.of("ar"))).isEqualTo("مهن الرعاية");
        assertThat(Occupations.all()).noneMatch(o -> o.code().length() == 2);
        assertThat(Occupations.search("Omsorgsyrken", SWEDISH))
                .noneMatch(o -> o.code().length() == 2);
    }

    @Test
    void theSameGroupIsTheSubMajorGroupWhateverWasStored() {
        assertThat(Occupations.sameGroup("5120", "5131")).isTrue();
        assertThat(Occupations.sameGroup("53", "5321")).isTrue();
        assertThat(Occupations.sameGroup("53", "53")).isTrue();
        assertThat(Occupations.sameGroup("5120", "5321")).isFalse();
        assertThat(Occupations.sameGroup(null, "5321")).isFalse();
        assertThat(Occupations.browsePrefix("5321")).isEqualTo("532");
        assertThat(Occupations.browsePrefix("53")).isEqualTo("53");
    }
}
