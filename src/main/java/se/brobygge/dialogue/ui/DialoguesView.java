package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.MetaLine;
import se.brobygge.shared.ui.SignInLink;
import se.brobygge.shared.ui.TranslatedText;

/** Open, upcoming and closed dialogues; a way to propose a topic; for staff, a way to open one. */
@Route("dialogues")
@Menu(order = 40, title = "dialogue.nav", icon = "vaadin:comments")
@AnonymousAllowed
class DialoguesView extends Main implements HasDynamicTitle {

    DialoguesView(DialogueService dialogues, CurrentUser currentUser) {
        addClassName("dialogues-view");
        add(new H1(getTranslation("dialogue.list.title")));
        add(new Paragraph(getTranslation("dialogue.list.intro")));
        Div links = new Div();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        if (currentUser.isSignedIn()) {
            links.add(new RouterLink(getTranslation("dialogue.proposals.link"), ProposalsView.class));
        } else {
            links.add(new SignInLink(getTranslation("dialogue.loginToTakePart")));
        }
        if (currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN)) {
            links.add(new RouterLink(getTranslation("dialogue.editor.link"), DialogueEditorView.class));
        }
        add(links);
        List<Dialogue> all = dialogues.list();
        Map<DialogueId, Long> counts =
                dialogues.postCounts(all.stream().map(Dialogue::id).toList());
        Locale locale = getLocale();
        for (DialogueStatus status : List.of(DialogueStatus.OPEN, DialogueStatus.UPCOMING, DialogueStatus.CLOSED)) {
            List<Dialogue> some = all.stream().filter(d -> d.status() == status).toList();
            if (some.isEmpty()) {
                continue;
            }
            Section section = new Section(new H2(getTranslation("dialogue.list." + status)));
            for (Dialogue d : some) {
                Div card = new Div();
                card.addClassName("dialogue-card");
                card.getStyle()
                        .set("border-block-end", "1px solid var(--lumo-contrast-10pct)")
                        .set("padding-block", "var(--lumo-space-s)");
                // the question in the reader's language when staff gave it, else Swedish marked so
                MultilingualText.Shown shown = d.titles().in(TranslatedText.page(this));
                RouterLink title = TranslatedText.text(
                        new RouterLink(shown.text(), DialogueView.class, new RouteParameters("id", d.id().toString())),
                        shown);
                title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
                card.add(title);
                TranslatedText.mark(shown, this).ifPresent(mark -> card.add(new Span(" "), mark));
                Paragraph facts = new Paragraph(new MetaLine(
                        d.department(),
                        d.area(),
                        Formats.date(d.opensAt(), locale) + " – " + Formats.date(d.closesAt(), locale)));
                Span posts = new Span(getTranslation("dialogue.list.posts", counts.getOrDefault(d.id(), 0L)));
                card.add(facts, posts);
                if (d.summary() != null) {
                    card.add(new Span(" · " + getTranslation("dialogue.list.summarised")));
                }
                section.add(card);
            }
            add(section);
        }
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("dialogue.list.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dialogue.list.title") + " – Brobygge";
    }
}
