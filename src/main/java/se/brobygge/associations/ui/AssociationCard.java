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
import se.brobygge.shared.ui.Written;

/** One association in the directory: name as a link, badges, a line of its text, its activities. */
class AssociationCard extends Div {

    AssociationCard(Association a, List<Activity> activities, String language) {
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
        String description = a.description(language);
        if (description != null) {
            String firstLine = description.lines().findFirst().orElse("");
            add(new Paragraph(firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine));
        }
        if (!activities.isEmpty()) {
            UnorderedList list = new UnorderedList();
            activities.stream().limit(3).forEach(act -> list.add(new ListItem(ActivityText.summary(this, act))));
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
