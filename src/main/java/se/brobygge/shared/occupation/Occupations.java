package se.brobygge.shared.occupation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SSYK 2012, read once from {@code shared/occupation/}: the 429 unit groups (four digits) people choose
 * from, with common job titles as synonyms, and the 46 sub-major groups (two digits) that earlier
 * versions stored, so that stored two-digit codes still show their name. Nothing stored is rewritten.
 * Swedish, English and Arabic are in the units and groups files; Dari, Somali, Tigrinya and Ukrainian
 * each in a file of their own ({@code ssyk2012-prs.tsv}, {@code -so}, {@code -ti}, {@code -uk}) that
 * names every unit and sub-major group.
 *
 * <p>"The same group" for matching and suggestions is the sub-major group (the first two digits), as it
 * was when only those could be chosen: a stored "53" and a new "5321" still meet, and two newcomers who
 * chose cook and waiter (5120, 5131) match as before they would both have chosen "51".
 */
public final class Occupations {

    private static final String UNITS = "/shared/occupation/ssyk2012-units.tsv";
    private static final String GROUPS = "/shared/occupation/ssyk2012-groups.tsv";
    /** One file per further language: code, name, job titles ({@code ssyk2012-prs.tsv} and so on). */
    private static final String TRANSLATIONS = "/shared/occupation/ssyk2012-%s.tsv";
    /** The languages of the names and of the job title columns in the units and groups files, in file order. */
    static final List<String> LANGUAGES = List.of("sv", "en", "ar");

    private static final Map<String, Occupation> BY_CODE = new LinkedHashMap<>();
    private static final List<Occupation> UNIT_GROUPS;
    private static final OccupationSearch SEARCH;

    static {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> synonyms = new LinkedHashMap<>();
        load(GROUPS, 4, names, synonyms);
        load(UNITS, 7, names, synonyms);
        for (String language : Occupation.LANGUAGES) {
            if (!LANGUAGES.contains(language)) {
                loadTranslation(language, names, synonyms);
            }
        }
        names.forEach((code, byLanguage) ->
                BY_CODE.put(code, new Occupation(code, byLanguage, Objects.requireNonNull(synonyms.get(code)))));
        UNIT_GROUPS = BY_CODE.values().stream().filter(Occupation::unitGroup).toList();
        SEARCH = new OccupationSearch(UNIT_GROUPS);
    }

    private Occupations() {}

    /** Every unit group (four digits), in code order: what people choose from. */
    public static List<Occupation> all() {
        return UNIT_GROUPS;
    }

    /** A unit group (four digits) or a sub-major group (two digits, as stored by earlier versions). */
    public static Optional<Occupation> byCode(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip()));
    }

    /**
     * The unit groups whose code, name or a synonym (in any of the seven languages, whatever the page's
     * language) matches every word of the query, ignoring case and diacritics, best matches first; for
     * a blank query all of them, alphabetically by their name in this locale.
     */
    public static List<Occupation> search(String query, Locale locale) {
        return SEARCH.search(query, locale);
    }

    /** The sub-major group of a code: its first two digits ("5120" gives "51", "53" stays "53"). */
    public static String group(String code) {
        String c = code.strip();
        return c.length() <= 2 ? c : c.substring(0, 2);
    }

    /** Whether two codes are in the same sub-major group, what matching and suggestions call the same field. */
    public static boolean sameGroup(@Nullable String a, @Nullable String b) {
        return a != null && b != null && !a.isBlank() && !b.isBlank() && group(a).equals(group(b));
    }

    /**
     * What a filter on this code shows when browsing posts: the posts whose code starts with the returned
     * prefix (a unit group's minor group, its first three digits, e.g. every kind of undersköterska for
     * 5321; a stored two-digit group's whole group), plus those stored with just the sub-major group.
     */
    public static String browsePrefix(String code) {
        String c = code.strip();
        return c.length() == 4 ? c.substring(0, 3) : c;
    }

    private static void load(
            String resource,
            int columns,
            Map<String, Map<String, String>> names,
            Map<String, Map<String, List<String>>> synonyms) {
        for (String[] cells : lines(resource)) {
            if (cells.length != columns || Arrays.stream(cells).limit(4).anyMatch(String::isBlank)) {
                throw new IllegalStateException("Bad line in " + resource + ": " + String.join("\t", cells));
            }
            String code = cells[0].strip();
            if (names.containsKey(code)) {
                throw new IllegalStateException("Code twice in " + resource + ": " + code);
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            Map<String, List<String>> titles = new LinkedHashMap<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                byLanguage.put(LANGUAGES.get(i), cells[1 + i].strip());
            }
            for (int i = 4; i < cells.length; i++) {
                titles.put(LANGUAGES.get(i - 4), titles(cells[i]));
            }
            names.put(code, byLanguage);
            synonyms.put(code, titles);
        }
    }

    /** A further language's names (every code must have one) and job titles (may be empty). */
    private static void loadTranslation(
            String language, Map<String, Map<String, String>> names, Map<String, Map<String, List<String>>> synonyms) {
        String resource = TRANSLATIONS.formatted(language);
        for (String[] cells : lines(resource)) {
            String code = cells[0].strip();
            if (cells.length < 2 || cells.length > 3 || cells[1].isBlank()) {
                throw new IllegalStateException("Bad line in " + resource + ": " + String.join("\t", cells));
            }
            Map<String, String> byLanguage = names.get(code);
            if (byLanguage == null) {
                throw new IllegalStateException("Unknown code in " + resource + ": " + code);
            }
            if (byLanguage.put(language, cells[1].strip()) != null) {
                throw new IllegalStateException("Code twice in " + resource + ": " + code);
            }
            Objects.requireNonNull(synonyms.get(code)).put(language, cells.length == 3 ? titles(cells[2]) : List.of());
        }
        names.forEach((code, byLanguage) -> {
            if (!byLanguage.containsKey(language)) {
                throw new IllegalStateException("No name for " + code + " in " + resource);
            }
        });
    }

    private static List<String> titles(String cell) {
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The lines of a tab-separated resource, split into cells, without comments and blank lines. */
    private static List<String[]> lines(String resource) {
        try (InputStream in = Occupations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
