package se.brobygge.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.CurrentUser;
import se.brobygge.moderation.internal.ModerationCore;
import se.brobygge.shared.InvalidInputException;

/** Watched words, settings and the action log: staff only, every change logged. */
@Service
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
public class ModerationAdminService {

    private final ModerationCore core;
    private final CurrentUser currentUser;

    ModerationAdminService(ModerationCore core, CurrentUser currentUser) {
        this.core = core;
        this.currentUser = currentUser;
    }

    public List<WatchedWord> watchedWords() {
        return core.watchedWords();
    }

    /**
     * @param language a language code, or "*" / blank for every language
     * @throws InvalidInputException "language", "word", "message"
     */
    public WatchedWord addWatchedWord(String language, String word, WordAction action, @Nullable String message) {
        return core.addWord(
                language, word, action, message, currentUser.require().value());
    }

    public void removeWatchedWord(long id) {
        core.removeWord(id, currentUser.require().value());
    }

    public ModerationSettings settings() {
        return core.settings();
    }

    /** @throws InvalidInputException "autoHideReports", "newAccountPosts", "newAccountDays" */
    public void changeSettings(ModerationSettings settings) {
        core.changeSettings(settings, currentUser.require().value());
    }

    public List<LogEntry> recentLog(int max) {
        return core.recentLog(Math.min(Math.max(max, 1), 1000));
    }

    public byte[] logCsv(Instant from, Locale locale) {
        return core.logCsv(from, locale, currentUser.require().value());
    }
}
