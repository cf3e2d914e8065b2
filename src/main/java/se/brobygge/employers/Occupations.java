package se.brobygge.employers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The occupation list postings and cards choose from (SSYK 2012 codes). One small interface so the
 * shared occupation list of the mentoring module can replace the stop-gap list behind it.
 */
public interface Occupations {

    record Occupation(String code, String name) {
    }

    /** Every occupation, named in this language, sorted by name. */
    List<Occupation> all(Locale locale);

    /** The occupation's name in this language; unknown codes (free text) are shown as written. */
    default String name(String code, Locale locale) {
        return find(code, locale).map(Occupation::name).orElse(code);
    }

    Optional<Occupation> find(String code, Locale locale);
}
