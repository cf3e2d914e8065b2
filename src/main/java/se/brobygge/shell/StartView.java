package se.brobygge.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.ui.StartPageSection;

/**
 * What Brobygge is, in plain words, what is on this week, and where to go next. Light on purpose:
 * it loads first on phones. The modules' parts come as {@link StartPageSection}s.
 */
@Route("")
@Menu(order = 0, title = "nav.start", icon = "vaadin:home")
@AnonymousAllowed
class StartView extends Main implements HasDynamicTitle {

    StartView(
            CurrentUser currentUser,
            TranslationProvider translations,
            LanguageChange languageChange,
            List<StartPageSection> sections) {
        addClassName("start-view");
        add(new StartLanguages(translations, languageChange));
        add(new H1(getTranslation("start.title")));
        add(new Paragraph(getTranslation("start.intro")));
        // the easy-read help lives in the insights module: linked by path
        Anchor easyRead = new Anchor("help?easy", getTranslation("start.easyRead"));
        easyRead.addClassName("start-easy-read");
        add(new Paragraph(easyRead));
        Locale locale = UI.getCurrent().getLocale();
        // modules' sections come ordered (Ordered): those below WAYS_IN before the cards
        sections.stream()
                .filter(s -> s.getOrder() < StartPageSection.WAYS_IN)
                .forEach(s -> s.create(locale).ifPresent(this::add));
        Div cards = new Div();
        cards.addClassName("start-cards");
        cards.add(card("start.events.title", "start.events.text", "start.events.link", "events"));
        cards.add(
                card("start.associations.title", "start.associations.text", "start.associations.link", "associations"));
        cards.add(card("start.dialogues.title", "start.dialogues.text", "start.dialogues.link", "dialogues"));
        add(cards);
        sections.stream()
                .filter(s -> s.getOrder() >= StartPageSection.WAYS_IN)
                .forEach(s -> s.create(locale).ifPresent(this::add));
        if (!currentUser.isSignedIn()) {
            // registration belongs to the identity module: linked by path
            Anchor register = new Anchor("register", getTranslation("start.join.link"));
            register.addClassName("start-join-link");
            Paragraph join = new Paragraph(getTranslation("start.join") + " ");
            join.add(register);
            join.addClassName("start-join");
            add(join);
        }
    }

    /** Links by path: each section belongs to its own module, which the shell does not know. */
    private Component card(String title, String text, String link, String path) {
        Div card = new Div();
        card.addClassName("start-card");
        card.add(
                new H2(getTranslation(title)),
                new Paragraph(getTranslation(text)),
                new Anchor(path, getTranslation(link)));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " – Brobygge";
    }
}
