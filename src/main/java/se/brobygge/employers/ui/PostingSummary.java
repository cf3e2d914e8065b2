package se.brobygge.employers.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import se.brobygge.employers.Posting;

/** A post in a list: title (link), employer with badge, occupation, area, period and Swedish required. */
class PostingSummary extends Div {

    PostingSummary(Posting p, Locale locale) {
        addClassName("posting-summary");
        add(new H3(new RouterLink(p.title(), PostingView.class, new RouteParameters("id", p.id().toString()))));
        Paragraph employer = new Paragraph(p.employerName());
        if (p.employerVerified()) {
            Span badge = new Span(getTranslation("employers.badge.verified"));
            badge.getElement().getThemeList().add("badge success");
            employer.add(new Span(" "), badge);
        }
        add(employer, new Paragraph(getTranslation("employers.postingKind." + p.kind()) + " · "
                + Choices.occupationName(p.occupation(), locale) + " · " + p.area() + " · "
                + getTranslation("employers.jobs.period", p.periodFrom().toString(),
                        p.periodTo() == null ? "" : p.periodTo().toString()) + " · "
                + getTranslation("employers.jobs.requires", getTranslation("employers.level." + p.swedishLevel()))));
    }
}
