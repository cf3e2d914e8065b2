package se.brobygge.associations.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.associations.Activity;
import se.brobygge.associations.Association;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.TranslatedText;
import se.brobygge.shared.ui.Written;

/** One association in the directory: name as a link, badges, a line of its text, its activities. */
class AssociationCard extends Div {

    AssociationCard(Association a, List<Activity> activities) {
        addClassName("event-card");
        addClassName("association-card");
        H2 title = new H2();
        title.add(Written.text(
                new RouterLink(a.name(), AssociationView.class, new RouteParameters("id", a.id().toString()))));
        add(title);
        Div facts = new Div();
        facts.addClassName("event-facts");
        facts.add(badges(a).toArray(Span[]::new));
        add(facts);
        if (a.described()) {
            // the first line, in the reader's language when given, else the Swedish one, marked
            MultilingualText.Shown shown = Translated.shown(a.descriptions(), this);
            String firstLine = shown.text().lines().findFirst().orElse("");
            Paragraph line = TranslatedText.text(
                    new Paragraph(firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine), shown);
            add(line);
            TranslatedText.mark(shown, this).ifPresent(this::add);
        }
        if (!activities.isEmpty()) {
            UnorderedList list = new UnorderedList();
            activities.stream().limit(3).forEach(act -> list.add(new ListItem(ActivityText.line(this, act, true))));
            add(list);
        }
    }

    List<Span> badges(Association a) {
        List<Span> badges = new ArrayList<>();
        badges.add(badge(
                getTranslation(a.verified() ? "associations.verified" : "associations.unverified"),
                a.verified() ? "success" : "contrast"));
        badges.add(badge(getTranslation("associations.type." + a.type()), null));
        if (a.free()) {
            badges.add(badge(getTranslation("associations.free"), null));
        }
        if (a.newcomerHelp()) {
            badges.add(badge(getTranslation("associations.newcomerHelp"), null));
        }
        return badges;
    }

    static Span badge(String text, @Nullable String variant) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge");
        if (variant != null) {
            span.getElement().getThemeList().add(variant);
        }
        return span;
    }
}
