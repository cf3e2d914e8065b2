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
 * Finds unit groups by what people type: the code, the name or a common job title, in any of the seven
 * languages whatever the page's language. Case and diacritics do not matter ("underskoterska", "Kock",
 * "кухар" for "КУХАР"), nor apostrophes ("go'aan", "goaan" for "go’aan"), nor Arabic vowel marks and
 * letter variants (أ/ا, ة/ه, ى/ي), nor the Persian and Arabic forms of the same letter (ی/ي, ک/ك) or a
 * zero-width non-joiner in Dari ("آشپزخانه", "کارمند‌ها"), nor Persian or Arabic digits in a code, nor
 * the Tigrinya letters that sound the same (ሠ/ሰ, ፀ/ጸ), nor Ukrainian ґ typed as г. A whole title beats a title that starts
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
                    for (String language : Occupation.LANGUAGES) {
                        terms.add(term(o.name(language), language, true));
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

    /**
     * Lower case without diacritics, apostrophes, Arabic vowel marks or zero-width joiners; Arabic and
     * Persian letter variants, Persian and Arabic digits, same-sounding Ethiopic letters and Ukrainian ґ
     * folded.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder folded = new StringBuilder(unmarked.length());
        for (int i = 0; i < unmarked.length(); i++) {
            char c = unmarked.charAt(i);
            switch (c) {
                case '\u0629' -> folded.append('\u0647'); // taa marbuta as haa
                case '\u0649', '\u06CC', '\u06D0' -> folded.append('\u064A'); // alef maksura, Persian yeh as yaa
                case '\u06A9' -> folded.append('\u0643'); // Persian keheh as kaf
                case '\u06C1', '\u06D5' -> folded.append('\u0647'); // heh goal, ae as haa
                case '\u0671' -> folded.append('\u0627'); // alef wasla as alef
                case '\u0640', '\u200C', '\u200D', '\u2019', '\'', '\u02BC', '\u2018' -> {
                    // tatweel, zero-width (non-)joiner, apostrophes: left out
                }
                case '\u0491' -> folded.append('\u0433'); // Ukrainian ґ as г
                default -> folded.append(foldLetter(c));
            }
        }
        return folded.toString();
    }

    private static char foldLetter(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660'); // Arabic-Indic digits
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0'); // Persian digits
        }
        if (c >= '\u1220' && c <= '\u1227') {
            return (char) (c + 0x10); // Ethiopic ሠ series as ሰ
        }
        if (c >= '\u1340' && c <= '\u1346') {
            return (char) (c - 8); // Ethiopic ፀ series as ጸ
        }
        return c;
    }
}
