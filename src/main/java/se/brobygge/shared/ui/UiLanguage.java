package se.brobygge.shared.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;

/**
 * Applies a language to a browser tab: locale, {@code <html lang>} and text direction. The choice
 * is remembered in the session and in a cookie for visitors who are not signed in.
 */
public final class UiLanguage {

    public static final String COOKIE = "brobygge-lang";
    static final String SESSION_KEY = UiLanguage.class.getName();

    private UiLanguage() {}

    public static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        // the body carries lang and dir too, so they hold even before the script below has run
        ui.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        ui.getElement().setAttribute("lang", language.code());
        ui.getPage()
                .executeJs(
                        "document.documentElement.setAttribute('lang', $0);"
                                + "document.documentElement.setAttribute('dir', $1);",
                        language.code(),
                        language.rightToLeft() ? "rtl" : "ltr");
        connectionTexts(ui);
    }

    /**
     * The texts the browser shows by itself when the connection to the server is lost or back. Flow
     * sends the reconnect dialog's texts with the page state and puts them into the connection
     * indicator (its "reconnecting" and "offline" lines); left at their defaults, they would
     * overwrite any translation with Vaadin's English. The "online" line has no Flow setting, so it
     * is set on the indicator once its element is defined.
     */
    private static void connectionTexts(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("system.connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("system.connection.offline"));
        ui.getPage()
                .executeJs(
                        "customElements.whenDefined('vaadin-connection-indicator').then(() => {"
                                + " const indicator = (window.Vaadin && window.Vaadin.connectionIndicator)"
                                + " || document.querySelector('vaadin-connection-indicator');"
                                + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1;"
                                + " indicator.reconnectingText = $2; } });",
                        ui.getTranslation("system.connection.online"),
                        reconnect.getDialogTextGaveUp(),
                        reconnect.getDialogText());
    }

    /** Remembers an explicit choice for this session and, by cookie, for the next visit. */
    public static void remember(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, language);
            session.setLocale(language.locale());
        }
        rememberInCookie(language);
    }

    /**
     * Keeps the language in the cookie only, e.g. a signed-in person's own language, so that what
     * comes after the session (Vaadin's "session expired", the page after deleting the account) is
     * in it too.
     */
    public static void rememberInCookie(Language language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    public static Optional<Language> chosenInSession(@Nullable VaadinSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((Language) session.getAttribute(SESSION_KEY));
    }

    public static Optional<Language> fromCookie(@Nullable VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> Language.byCode(c.getValue()));
    }
}
