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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SSYK 2012, read once from {@code shared/occupation/}: the 429 unit groups (four digits) people choose
 * from, with common job titles as synonyms, and the 46 sub-major groups (two digits) that earlier
 * versions stored, so that stored two-digit codes still show their name. Nothing stored is rewritten.
 *
 * <p>"The same group" for matching and suggestions is the sub-major group (the first two digits), as it
 * was when only those could be chosen: a stored "53" and a new "5321" still meet, and two newcomers who
 * chose cook and waiter (5120, 5131) match as before they would both have chosen "51".
 */
public final class Occupations {

    private static final String UNITS = "/shared/occupation/ssyk2012-units.tsv";
    private static final String GROUPS = "/shared/occupation/ssyk2012-groups.tsv";
    /** The languages of the names and of the job title columns, in file order. */
    static final List<String> LANGUAGES = List.of("sv", "en", "ar");

    private static final Map<String, Occupation> BY_CODE = new LinkedHashMap<>();
    private static final List<Occupation> UNIT_GROUPS;
    private static final OccupationSearch SEARCH;

    static {
        load(GROUPS, 4);
        load(UNITS, 7);
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
     * The unit groups whose code, name or a synonym (in Swedish, English or Arabic, whatever the page's
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

    private static void load(String resource, int columns) {
        try (InputStream in = Occupations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns || Arrays.stream(cells).limit(4).anyMatch(String::isBlank)) {
                    throw new IllegalStateException("Bad line in " + resource + ": " + line);
                }
                Map<String, List<String>> synonyms = new LinkedHashMap<>();
                for (int i = 4; i < cells.length; i++) {
                    synonyms.put(
                            LANGUAGES.get(i - 4),
                            Arrays.stream(cells[i].split("\\|"))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList());
                }
                Occupation o = new Occupation(cells[0], cells[1].strip(), cells[2].strip(), cells[3].strip(), synonyms);
                if (BY_CODE.put(o.code(), o) != null) {
                    throw new IllegalStateException("Code twice in " + resource + ": " + o.code());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
