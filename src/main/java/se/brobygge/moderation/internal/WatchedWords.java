package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.WatchedWord;
import se.brobygge.moderation.WordAction;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Language;

/** The list of watched words staff keep; {@link Rules} applies it. */
@Component
public class WatchedWords {

    private final WatchedWordRepository words;
    private final Journal journal;
    private final Clock clock;

    WatchedWords(WatchedWordRepository words, Journal journal, Clock clock) {
        this.words = words;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WatchedWord> list() {
        return words.ordered().stream()
                .map(w -> new WatchedWord(w.id(), w.language(), w.word(), w.action(), w.message()))
                .toList();
    }

    @Transactional
    public WatchedWord add(
            String language, String word, WordAction action, @Nullable String message, AccountId moderator) {
        String lang = language.isBlank() ? "*" : language.strip().toLowerCase(Locale.ROOT);
        String w = ScreeningRules.normalise(word.strip());
        List<FieldError> errors = new ArrayList<>();
        if (!lang.equals("*") && Language.byCode(lang).isEmpty()) {
            errors.add(new FieldError("language", "moderation.validation.language"));
        }
        if (w.isEmpty() || w.length() > 100) {
            errors.add(new FieldError("word", "moderation.validation.word"));
        } else if (words.existsByLanguageAndWord(lang, w)) {
            errors.add(new FieldError("word", "moderation.validation.wordExists"));
        }
        String msg = message == null || message.isBlank() ? null : message.strip();
        if (msg != null && msg.length() > 500) {
            errors.add(new FieldError("message", "moderation.validation.message"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        WatchedWordEntity saved =
                words.saveAndFlush(new WatchedWordEntity(lang, w, action, msg, moderator.value(), now));
        journal.log(moderator.value(), "WORD_ADD", "word:" + lang + ":" + w, action.name(), now);
        return new WatchedWord(saved.id(), lang, w, action, msg);
    }

    @Transactional
    public void remove(long id, AccountId moderator) {
        words.findById(id).ifPresent(w -> {
            words.delete(w);
            journal.log(
                    moderator.value(), "WORD_REMOVE", "word:" + w.language() + ":" + w.word(), null, clock.instant());
        });
    }
}
