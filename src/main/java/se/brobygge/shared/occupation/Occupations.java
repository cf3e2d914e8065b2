package se.brobygge.shared.occupation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SSYK 2012 sub-major groups (the 2-digit level, 46 groups), read once from
 * {@code shared/occupations-ssyk2012.tsv}. Modules store the code and show {@link Occupation#name}.
 */
public final class Occupations {

    private static final String RESOURCE = "/shared/occupations-ssyk2012.tsv";
    private static final Map<String, Occupation> BY_CODE = load();

    private Occupations() {
    }

    /** Every group, in code order. */
    public static List<Occupation> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<Occupation> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The groups whose code or name (in any of the three languages) contains every word of the query. */
    public static List<Occupation> search(String query) {
        return BY_CODE.values().stream().filter(o -> o.matches(query)).toList();
    }

    private static Map<String, Occupation> load() {
        Map<String, Occupation> byCode = new LinkedHashMap<>();
        try (InputStream in = Occupations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>(reader.lines().toList());
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 4) {
                    throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
                }
                byCode.put(cells[0], new Occupation(cells[0], cells[1], cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byCode;
    }
}
