package se.brobygge.insights.easyread;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.EasyReadText;

/**
 * Help: what Brobygge is, how to sign up for an event, how to get a mentor, your rights and how we
 * handle your data, how to contact the municipality. A "Lättläst" (easy to read) switch shows the
 * easy versions: short sentences, common words, one idea per line, each with a Listen button. The
 * choice is kept for the visit, and {@code ?easy} opens the easy versions directly.
 */
@Route("help")
@Menu(order = 95, title = "help.nav", icon = "vaadin:question-circle-o")
@AnonymousAllowed
class HelpView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final List<String> TOPICS = List.of("about", "signup", "mentor", "rights", "contact");
    static final String EASY = HelpView.class.getName() + ".easy";

    private final Checkbox easy = new Checkbox();
    private final Div texts = new Div();
    private final String municipality;
    private final String contact;

    HelpView(BrobyggeProperties properties) {
        this.municipality = properties.municipality().name();
        this.contact = properties.municipality().accessibilityContact();
        addClassName("prose");
        add(new H1(getTranslation("help.title")));
        easy.setLabel(getTranslation("help.easy"));
        easy.setHelperText(getTranslation("help.easyHelp"));
        easy.addClassName("easy-read-switch");
        easy.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(EASY, e.getValue());
            show();
        });
        UnorderedList contents = new UnorderedList();
        TOPICS.forEach(
                t -> contents.add(new ListItem(new Anchor("help#help-" + t, getTranslation("help." + t + ".title")))));
        Nav toc = new Nav(contents);
        toc.getElement().setAttribute("aria-label", getTranslation("help.contents"));
        add(easy, toc, texts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean wanted =
                event.getLocation().getQueryParameters().getParameters().containsKey("easy")
                        || Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(EASY));
        easy.setValue(wanted);
        show();
    }

    private void show() {
        texts.removeAll();
        boolean easyRead = easy.getValue();
        for (String topic : TOPICS) {
            Section section = new Section();
            section.setId("help-" + topic);
            section.addClassName(easyRead ? "easy-read" : "standard");
            section.add(new H2(getTranslation("help." + topic + ".title")));
            section.add(easyRead ? lines(topic) : paragraphs(topic));
            texts.add(section);
        }
    }

    /** Easy to read: one idea per line, with a Listen button. */
    private Component lines(String topic) {
        String key = "help." + topic + ".easy";
        String text = getTranslation(key, municipality, contact);
        String language = Language.of(getLocale()).code();
        // a language still being translated shows the English text: read it with an English voice
        if (!language.equals(Language.ENGLISH.code())
                && text.equals(getTranslation(Language.ENGLISH.locale(), key, municipality, contact))) {
            language = Language.ENGLISH.code();
        }
        return new EasyReadText(text, language);
    }

    private Component paragraphs(String topic) {
        Div paragraphs = new Div();
        for (String paragraph :
                getTranslation("help." + topic + ".text", municipality, contact).split("\n")) {
            paragraphs.add(new Paragraph(paragraph.strip()));
        }
        return paragraphs;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.title") + " – Brobygge";
    }
}
