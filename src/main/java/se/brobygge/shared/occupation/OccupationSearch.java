package se.brobygge.shared.occupation;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds unit groups by what people type: the code, the name or a common job title, in any of the three
 * languages whatever the page's language. Case and diacritics do not matter ("underskoterska", "Kock"),
 * nor Arabic vowel marks and letter variants (أ/ا, ة/ه, ى/ي). A whole title beats a title that starts
 * with the words, which beats words that start a word later on, which beats a word found inside a
 * compound ("möbelsnickare"). Within a level, a match with the very letters typed ("städ" in "Städare"
 * before "stadsplanerare"), an official name, and the page's language come first; then the group more
 * of whose titles fit ("undersköt" brings the group titled plain "undersköterska" first).
 */
final class OccupationSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Text(String text, List<String> words) {}

    /** A name or job title: folded (no case, no diacritics) and only lower-cased. */
    private record Term(Text folded, Text plain, String language, boolean name) {}

    private record Entry(Occupation occupation, List<Term> terms) {}

    /** How well an occupation fits: its best title's score, then how many of its titles start with the words. */
    private record Hit(Occupation occupation, int score, int titles) {}

    private final List<Entry> entries;

    OccupationSearch(List<Occupation> occupations) {
        entries = occupations.stream()
                .map(o -> {
                    List<Term> terms = new ArrayList<>();
                    List<String> names = List.of(o.swedish(), o.english(), o.arabic());
                    for (int i = 0; i < names.size(); i++) {
                        terms.add(term(names.get(i), Occupations.LANGUAGES.get(i), true));
                    }
                    o.synonyms()
                            .forEach((language, titles) -> titles.forEach(t -> terms.add(term(t, language, false))));
                    return new Entry(o, List.copyOf(terms));
                })
                .toList();
    }

    List<Occupation> search(String query, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<Occupation> byName = Comparator.comparing(o -> o.name(locale), collator);
        Text folded = text(fold(query));
        if (folded.words().isEmpty()) {
            return entries.stream().map(Entry::occupation).sorted(byName).toList();
        }
        Text plain = text(query.toLowerCase(Locale.ROOT));
        String language = Occupation.language(locale);
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            int best = codeScore(entry.occupation().code(), folded.text());
            int titles = 0;
            for (Term term : entry.terms()) {
                int score = level(term.folded(), folded);
                if (score >= 60) {
                    titles++;
                }
                if (score > 0) {
                    // bonuses stay below the gap between two levels
                    score += (level(term.plain(), plain) > 0 ? 3 : 0)
                            + (term.name() ? 2 : 0)
                            + (term.language().equals(language) ? 4 : 0);
                    best = Math.max(best, score);
                }
            }
            if (best > 0) {
                hits.add(new Hit(entry.occupation(), best, titles));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt((Hit h) -> -h.score())
                        .thenComparingInt(h -> -h.titles())
                        .thenComparing(Hit::occupation, byName))
                .map(Hit::occupation)
                .toList();
    }

    private static int codeScore(String code, String query) {
        if (query.equals(code)) {
            return 110;
        }
        return query.chars().allMatch(Character::isDigit) && code.startsWith(query) ? 100 : 0;
    }

    /** 0 when some word of the query is not in the term; else 100, 80, 60 or 40 (+5 for whole words). */
    private static int level(Text term, Text query) {
        if (term.text().equals(query.text())) {
            return 100;
        }
        boolean allPrefixes = true;
        boolean allWhole = true;
        for (String q : query.words()) {
            boolean prefix = false;
            boolean whole = false;
            for (String w : term.words()) {
                if (w.startsWith(q)) {
                    prefix = true;
                    whole |= w.equals(q);
                }
            }
            allPrefixes &= prefix;
            allWhole &= whole;
        }
        if (allPrefixes) {
            return (term.text().startsWith(query.text()) ? 80 : 60) + (allWhole ? 5 : 0);
        }
        for (String q : query.words()) {
            if (!term.text().contains(q)) {
                return 0;
            }
        }
        return 40;
    }

    private static Term term(String text, String language, boolean name) {
        return new Term(text(fold(text)), text(text.toLowerCase(Locale.ROOT)), language, name);
    }

    private static Text text(String normalized) {
        List<String> words = Arrays.stream(NOT_WORD.split(normalized))
                .filter(w -> !w.isEmpty())
                .toList();
        return new Text(String.join(" ", words), words);
    }

    /** Lower case without diacritics or Arabic vowel marks, Arabic letter variants folded. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed)
                .replaceAll("")
                .replace('\u0629', '\u0647') // taa marbuta as haa
                .replace('\u0649', '\u064A') // alef maksura as yaa
                .replace('\u0671', '\u0627') // alef wasla as alef
                .replace("\u0640", ""); // tatweel
    }
}
