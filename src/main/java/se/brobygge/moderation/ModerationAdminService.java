package se.brobygge.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.internal.ActionLog;
import se.brobygge.moderation.internal.ModerationSettingsStore;
import se.brobygge.moderation.internal.WatchedWords;
import se.brobygge.shared.InvalidInputException;

/** Watched words, settings and the action log: staff only, every change logged. */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class ModerationAdminService {

    private final WatchedWords words;
    private final ModerationSettingsStore settings;
    private final ActionLog log;
    private final CurrentUser currentUser;

    ModerationAdminService(
            WatchedWords words, ModerationSettingsStore settings, ActionLog log, CurrentUser currentUser) {
        this.words = words;
        this.settings = settings;
        this.log = log;
        this.currentUser = currentUser;
    }

    public List<WatchedWord> watchedWords() {
        return words.list();
    }

    /**
     * @param language a language code, or "*" / blank for every language
     * @throws InvalidInputException "language", "word", "message"
     */
    public WatchedWord addWatchedWord(String language, String word, WordAction action, @Nullable String message) {
        return words.add(language, word, action, message, currentUser.require());
    }

    public void removeWatchedWord(long id) {
        words.remove(id, currentUser.require());
    }

    public ModerationSettings settings() {
        return settings.current();
    }

    /** @throws InvalidInputException "autoHideReports", "newAccountPosts", "newAccountDays" */
    public void changeSettings(ModerationSettings next) {
        settings.change(next, currentUser.require());
    }

    public List<LogEntry> recentLog(int max) {
        return log.recent(Math.min(Math.max(max, 1), 1000));
    }

    public byte[] logCsv(Instant from, Locale locale) {
        return log.csv(from, locale, currentUser.require());
    }
}
