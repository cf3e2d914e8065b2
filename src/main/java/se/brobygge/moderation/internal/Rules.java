package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.brobygge.shared.content.ContentScreening.Outcome;
import se.brobygge.shared.content.ContentScreening.Verdict;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * The one place moderation's rules are applied to a submission (decision 0020): blocked writers,
 * watched words, pre-moderation of new writers. The owner asks before saving ({@link #screen});
 * the verdict is kept for the rest of that transaction, so the {@code ContentSubmitted} that
 * follows is queued or flagged by the same verdict instead of a second evaluation.
 */
@Component
class Rules {

    /** This transaction's verdicts, by what was screened. */
    private static final Object VERDICTS = new Object();

    private record Screened(
            long authorId, String text, @Nullable String language) {}

    private final BlockRepository blocks;
    private final AuthorRepository authors;
    private final WatchedWordRepository words;
    private final ModerationSettingsStore settings;
    private final Journal journal;
    private final Clock clock;

    Rules(
            BlockRepository blocks,
            AuthorRepository authors,
            WatchedWordRepository words,
            ModerationSettingsStore settings,
            Journal journal,
            Clock clock) {
        this.blocks = blocks;
        this.authors = authors;
        this.words = words;
        this.settings = settings;
        this.journal = journal;
        this.clock = clock;
    }

    /** The owner's question before it saves: blocks first, then the rules. */
    @Transactional(readOnly = true)
    public Verdict screen(long authorId, String text, @Nullable String language, boolean staffAuthor) {
        Instant now = clock.instant();
        List<BlockEntity> active = blocks.activeOf(authorId, now);
        Verdict verdict;
        if (!active.isEmpty()) {
            BlockEntity block = active.getFirst();
            Language lang = journal.language(authorId);
            String message = block.until() == null
                    ? journal.translate("moderation.screen.blocked", lang)
                    : journal.translate(
                            "moderation.screen.suspended", lang, Formats.dateTime(block.until(), lang.locale()));
            verdict = new Verdict(Outcome.BLOCK, message);
        } else {
            AuthorEntity author = authors.findById(authorId).orElseGet(() -> new AuthorEntity(authorId, now));
            verdict = evaluate(author, text, language, staffAuthor, now);
        }
        remember(new Screened(authorId, text, language), verdict);
        return verdict;
    }

    /**
     * The verdict on submitted content: the one its owner was given for the same text in this
     * transaction, or (an owner that does not screen) the rules applied now, to the author as they
     * were before this submission.
     */
    Verdict onSubmission(
            AuthorEntity author, String text, @Nullable String language, boolean staffAuthor, Instant now) {
        return screened(new Screened(author.accountId(), text, language))
                .orElseGet(() -> evaluate(author, text, language, staffAuthor, now));
    }

    private Verdict evaluate(
            AuthorEntity author, String text, @Nullable String language, boolean staffAuthor, Instant now) {
        Verdict verdict =
                ScreeningRules.judge(text, language, words.ordered(), settings::current, author, staffAuthor, now);
        if (verdict.outcome() == Outcome.BLOCK && verdict.message() == null) {
            return new Verdict(
                    Outcome.BLOCK, journal.translate("moderation.screen.word", journal.language(author.accountId())));
        }
        return verdict;
    }

    private static void remember(Screened what, Verdict verdict) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Screened, Verdict> verdicts =
                (Map<Screened, Verdict>) TransactionSynchronizationManager.getResource(VERDICTS);
        if (verdicts == null) {
            verdicts = new HashMap<>();
            TransactionSynchronizationManager.bindResource(VERDICTS, verdicts);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(VERDICTS);
                }
            });
        }
        verdicts.put(what, verdict);
    }

    private static Optional<Verdict> screened(Screened what) {
        @SuppressWarnings("unchecked")
        Map<Screened, Verdict> verdicts =
                (Map<Screened, Verdict>) TransactionSynchronizationManager.getResource(VERDICTS);
        return verdicts == null ? Optional.empty() : Optional.ofNullable(verdicts.remove(what));
    }
}
