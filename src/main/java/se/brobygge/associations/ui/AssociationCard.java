package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
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
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.brobygge.associations.Activity;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationLogoService;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.CardPicture;
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
        if (a.logoShown()) {
            // a small picture beside the name (the logo is at most 512 px)
            add(CardPicture.of(
                    AssociationLogoService.logoPath(a.id()), getTranslation("associations.logo.alt", a.name())));
        }
        add(title);
        Locale locale = UI.getCurrent().getLocale();
        // where, when and in which languages, as a newcomer choosing one asks first
        Paragraph where = new Paragraph();
        where.addClassName("card-where");
        if (!a.areas().isEmpty()) {
            where.add(new Span(getTranslation(
                    "associations.card.areas",
                    ListText.of(a.areas().stream().sorted().toList(), locale))));
        }
        if (a.meetingTimes() != null && !a.meetingTimes().isBlank()) {
            if (where.getChildren().findAny().isPresent()) {
                where.add(new Span(" · "));
            }
            where.add(
                    new Span(getTranslation("associations.card.meets") + " "),
                    Translated.line(a.meetingTimesTexts(), this));
        }
        if (where.getChildren().findAny().isPresent()) {
            add(where);
        }
        if (!a.languages().isEmpty()) {
            Paragraph languages = new Paragraph(getTranslation(
                    "associations.card.languages",
                    ListText.of(
                            a.languages().stream()
                                    .sorted()
                                    .map(code -> AssociationForm.languageName(code, locale))
                                    .toList(),
                            locale)));
            languages.addClassName("card-languages");
            add(languages);
        }
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
