package se.brobygge.employers.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import se.brobygge.employers.Posting;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.MetaLine;
import se.brobygge.shared.ui.TranslatedText;
import se.brobygge.shared.ui.Written;

/** A posting in short: title (link), employer with badge, kind, occupation, area, period and the Swedish asked for. */
class PostingSummary extends Div {

    /** In a list: the title links to the posting. */
    PostingSummary(Posting p, Locale locale) {
        this(p, locale, true);
    }

    /** On the posting's own page, under its heading, the title is not repeated. */
    PostingSummary(Posting p, Locale locale, boolean withTitle) {
        addClassName("posting-summary");
        if (withTitle) {
            // the title in the reader's language when the employer gave it, else Swedish marked so
            MultilingualText.Shown title = p.titles().in(TranslatedText.page(this));
            H3 heading = new H3(TranslatedText.text(
                    new RouterLink(title.text(), PostingView.class, new RouteParameters("id", p.id().toString())),
                    title));
            add(heading);
            TranslatedText.mark(title, this).ifPresent(mark -> heading.add(new Span(" "), mark));
        }
        Paragraph employer = Written.text(new Paragraph(p.employerName()));
        if (p.employerVerified()) {
            Span badge = new Span(getTranslation("employers.badge.verified"));
            badge.getElement().getThemeList().add("badge success");
            employer.add(new Span(" "), badge);
        }
        add(
                employer,
                new Paragraph(new MetaLine(
                        getTranslation("employers.postingKind." + p.kind()),
                        Choices.occupationName(p.occupation(), locale),
                        p.area(),
                        period(p, locale),
                        getTranslation(
                                "employers.jobs.requires", getTranslation("employers.level." + p.swedishLevel())))));
    }

    /** "12 jan. 2027 – 30 juni 2027", or "from 12 jan. 2027, open-ended" in the reader's own date format. */
    private String period(Posting p, Locale locale) {
        return p.periodTo() == null
                ? getTranslation("employers.jobs.periodOpen", Formats.shortDate(p.periodFrom(), locale))
                : getTranslation(
                        "employers.jobs.period",
                        Formats.shortDate(p.periodFrom(), locale),
                        Formats.shortDate(p.periodTo(), locale));
    }
}
