package se.brobygge.bench;

import com.vaadin.flow.i18n.I18NProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import se.brobygge.support.TestAccounts;

/**
 * One visit of a new visitor: the start page, a click on "log in" (the login view opens in the
 * same UI), the login form submitted, the profile page, a click on "save" there. Elements are
 * found by the text a user reads, in the UI's language, from the application's own translations.
 */
final class StartLoginProfileScenario {

    /** A step that did not do what it should; the step names the report's error rows. */
    static final class StepFailed extends RuntimeException {
        final String step;

        StepFailed(String step, AppException cause) {
            super(step + ": " + cause.getMessage(), cause);
            this.step = step;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final I18NProvider translations;

    StartLoginProfileScenario(HttpClient http, URI base, Duration timeout, I18NProvider translations) {
        this.http = http;
        this.base = base;
        this.timeout = timeout;
        this.translations = translations;
    }

    /**
     * Runs the visit once.
     *
     * @param pageThink   called where a person reads a new page (before leaving it)
     * @param actionThink called before an action on the page just read
     */
    void visit(String email, Recorder recorder, Runnable pageThink, Runnable actionThink) {
        UidlClient client = new UidlClient(http, base, recorder, timeout);
        step("open /", () -> {
            client.open("");
            expectText(client, "start.title");
        });
        actionThink.run();
        step("click log in", () -> {
            UiTree.Node login = button(client, "nav.login");
            client.click(login);
            if (client.tree().count("vaadin-login-form") == 0) {
                throw new AppException("no login form after the click");
            }
        });
        pageThink.run();
        step("log in", () -> client.login(email, TestAccounts.PASSWORD));
        step("open /profile", () -> {
            client.open("profile");
            expectText(client, "profile.title");
        });
        actionThink.run();
        step("save profile", () -> {
            client.click(button(client, "profile.save"));
            String saved = text(client, "profile.saved");
            if (!client.tree().showsProperty("vaadin-notification", "text", saved)) {
                throw new AppException("no '" + saved + "' notification after saving");
            }
        });
        pageThink.run();
    }

    private static void step(String name, Runnable action) {
        try {
            action.run();
        } catch (AppException e) {
            throw new StepFailed(name, e);
        }
    }

    private UiTree.Node button(UidlClient client, String key) {
        String text = text(client, key);
        return client.tree()
                .byTagAndText("vaadin-button", text)
                .orElseThrow(() -> new AppException("no button '" + text + "' shown"));
    }

    private void expectText(UidlClient client, String key) {
        String text = text(client, key);
        if (!client.tree().showsText(text)) {
            throw new AppException("'" + text + "' not shown");
        }
    }

    private String text(UidlClient client, String key) {
        return translations.getTranslation(key, client.tree().locale());
    }

    /** For smoke runs: no pauses. */
    static Runnable noPause() {
        return () -> {};
    }
}
