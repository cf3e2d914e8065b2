package se.brobygge.moderation.internal;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.brobygge.moderation.ModerationSettings;
import se.brobygge.shared.content.ContentScreening.Outcome;
import se.brobygge.shared.content.ContentScreening.Verdict;

/**
 * Moderation's screening rules as a pure function (decision 0020): what the watched words and the
 * new-writer settings say about one text by one author. {@link Rules} feeds it from the database;
 * {@code ScreeningRulesTest} tests it without one.
 */
final class ScreeningRules {

    /** Bidirectional and zero-width controls, removed before matching words so they cannot hide one. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD]");

    private ScreeningRules() {}

    /**
     * The strongest outcome: a blocking word blocks (with the word's own message, or none for the
     * general one), a queueing word or a new writer queues, a flagging word flags. Staff and trusted
     * writers are never queued for being new.
     */
    static Verdict judge(
            String text,
            @Nullable String language,
            List<WatchedWordEntity> words,
            Supplier<ModerationSettings> settings,
            AuthorEntity author,
            boolean staffAuthor,
            Instant now) {
        Verdict strongest = Verdict.ALLOW;
        String normalised = normalise(text);
        for (WatchedWordEntity word : words) {
            if (!word.appliesTo(language) || !contains(normalised, normalise(word.word()))) {
                continue;
            }
            String message = word.message();
            Verdict v = switch (word.action()) {
                case BLOCK -> new Verdict(Outcome.BLOCK, message == null || message.isBlank() ? null : message);
                case QUEUE -> new Verdict(Outcome.QUEUE, null);
                case FLAG -> new Verdict(Outcome.FLAG, null);
            };
            if (v.outcome().ordinal() > strongest.outcome().ordinal()) {
                strongest = v;
            }
        }
        if (strongest.outcome() == Outcome.BLOCK || strongest.outcome() == Outcome.QUEUE) {
            return strongest;
        }
        if (!staffAuthor && !author.trusted()) {
            ModerationSettings s = settings.get();
            boolean fewPosts = s.newAccountPosts() > 0 && author.submittedCount() < s.newAccountPosts();
            boolean newWriter = s.newAccountDays() > 0
                    && author.firstSeenAt()
                            .plus(Duration.ofDays(s.newAccountDays()))
                            .isAfter(now);
            if (fewPosts || newWriter) {
                return new Verdict(Outcome.QUEUE, null);
            }
        }
        return strongest;
    }

    static String normalise(String text) {
        String plain = INVISIBLE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }

    /** Whole-word match (letters and digits in any script count as word characters). */
    static boolean contains(String text, String word) {
        if (word.isBlank()) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                        Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)
                .matcher(text)
                .find();
    }
}
