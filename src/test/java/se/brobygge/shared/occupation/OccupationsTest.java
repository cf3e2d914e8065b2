package se.brobygge.shared.occupation;

import static org.assertj.core.api.Assertions.assertThat;

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
            """)
    void aCommonWordFindsItsUnitGroupFirst(String typed, String language, String code) {
        List<Occupation> found = Occupations.search(typed, Locale.of(language));

        assertThat(found).as(typed).isNotEmpty();
        assertThat(found.getFirst().code())
                .as("first match for " + typed + ": " + found.getFirst().name(SWEDISH))
                .isEqualTo(code);
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
