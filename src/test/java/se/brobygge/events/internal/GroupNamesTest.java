package se.brobygge.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Kept-seat groups are named in words in lists and exports, whichever module made the group. */
class GroupNamesTest {

    @Test
    void audiencesAndSessionRolesAreNamedInThePagesLanguage() throws IOException {
        Function<String, String> swedish = bundles("sv");
        assertThat(GroupNames.of("NEWCOMERS", swedish)).isEqualTo(swedish.apply("events.audience.NEWCOMERS"));
        assertThat(GroupNames.of("NEWCOMERS", swedish)).doesNotContain("NEWCOMERS");
        assertThat(GroupNames.of("COMPANY", swedish)).isEqualTo("Företag");
        assertThat(GroupNames.of("NEWCOMER", bundles("ar"))).isEqualTo("قادم جديد/باحث عن عمل");
    }

    @Test
    void aGroupNobodyNamesShowsItsCodeAndNoGroupNothing() throws IOException {
        assertThat(GroupNames.of("KÖR", bundles("sv"))).isEqualTo("KÖR");
        assertThat(GroupNames.of(null, bundles("sv"))).isEmpty();
    }

    /** The events and employers texts in one language; a missing key as the provider shows it. */
    private static Function<String, String> bundles(String language) throws IOException {
        Properties texts = new Properties();
        for (String bundle : new String[] {"events", "employers"}) {
            try (Reader in = Files.newBufferedReader(
                    Path.of("src/main/resources/vaadin-i18n", bundle + "_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                texts.load(in);
            }
        }
        return key -> texts.getProperty(key, "!" + key);
    }
}
