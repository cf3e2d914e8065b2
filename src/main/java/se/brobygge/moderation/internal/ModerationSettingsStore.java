package se.brobygge.moderation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.ModerationSettings;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;

/** The settings staff change at run time, stored over the configured defaults. */
@Component
public class ModerationSettingsStore {

    static final String AUTO_HIDE = "autoHideReports";
    static final String NEW_POSTS = "newAccountPosts";
    static final String NEW_DAYS = "newAccountDays";

    private final SettingRepository settings;
    private final ModerationProperties defaults;
    private final Journal journal;
    private final Clock clock;

    ModerationSettingsStore(SettingRepository settings, ModerationProperties defaults, Journal journal, Clock clock) {
        this.settings = settings;
        this.defaults = defaults;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ModerationSettings current() {
        Map<String, String> stored = new LinkedHashMap<>();
        settings.findAll().forEach(s -> stored.put(s.name(), s.value()));
        return new ModerationSettings(
                number(stored.get(AUTO_HIDE), defaults.autoHideReports()),
                number(stored.get(NEW_POSTS), defaults.newAccountPosts()),
                number(stored.get(NEW_DAYS), defaults.newAccountDays()));
    }

    @Transactional
    public void change(ModerationSettings next, AccountId moderator) {
        List<FieldError> errors = new ArrayList<>();
        if (next.autoHideReports() < 1 || next.autoHideReports() > 100) {
            errors.add(new FieldError("autoHideReports", "moderation.validation.autoHide"));
        }
        if (next.newAccountPosts() < 0 || next.newAccountPosts() > 100) {
            errors.add(new FieldError("newAccountPosts", "moderation.validation.newPosts"));
        }
        if (next.newAccountDays() < 0 || next.newAccountDays() > 365) {
            errors.add(new FieldError("newAccountDays", "moderation.validation.newDays"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        settings.save(new SettingEntity(AUTO_HIDE, Integer.toString(next.autoHideReports())));
        settings.save(new SettingEntity(NEW_POSTS, Integer.toString(next.newAccountPosts())));
        settings.save(new SettingEntity(NEW_DAYS, Integer.toString(next.newAccountDays())));
        journal.log(
                moderator.value(),
                "SETTINGS",
                "settings",
                next.autoHideReports() + "/" + next.newAccountPosts() + "/" + next.newAccountDays(),
                clock.instant());
    }

    private static int number(@Nullable String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
