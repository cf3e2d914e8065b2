package se.brobygge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * "Listen": reads a text aloud with the browser's own speech synthesis (a small Lit component in
 * {@code frontend/easy-read-listen.ts}). Nothing is sent anywhere; the browser hides the button
 * when it has no voice for the text's language, and a second press stops.
 */
@Tag("easy-read-listen")
@JsModule("./easy-read-listen.ts")
public class ListenButton extends Component {

    /**
     * @param text the text, one idea per line
     * @param language the text's language as a BCP 47 tag ({@code sv}, {@code ar}, {@code prs} ...)
     */
    public ListenButton(String text, String language) {
        getElement().setProperty("text", text);
        getElement().setAttribute("lang", language);
        getElement().setProperty("label", getTranslation("easyread.listen"));
        getElement().setProperty("stopLabel", getTranslation("easyread.stop"));
        addClassName("easy-read-listen");
    }

    public String text() {
        return getElement().getProperty("text", "");
    }

    public String language() {
        return getElement().getAttribute("lang");
    }
}
