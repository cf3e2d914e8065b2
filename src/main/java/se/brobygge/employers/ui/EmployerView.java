package se.brobygge.employers.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.PostingStatus;

/** An employer: its details and badge; for its representatives, its posts with their interest. */
@Route("employers/:id")
@PermitAll
class EmployerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployerService employers;
    private final PostingService postings;
    private Employer employer;

    EmployerView(EmployerService employers, PostingService postings) {
        this.employers = employers;
        this.postings = postings;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        employer = e.getRouteParameters().getLong("id").flatMap(id -> employers.employer(new EmployerId(id)))
                .orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        H1 title = new H1(employer.name());
        add(title);
        if (employer.verified()) {
            Span badge = new Span(getTranslation("employers.badge.verified"));
            badge.getElement().getThemeList().add("badge success");
            badge.addClassName("verified-badge");
            add(new Paragraph(badge));
        } else {
            add(new Paragraph(getTranslation("employers.status." + employer.status())));
        }
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("employers.employer.kind")),
                new DescriptionList.Description(getTranslation("employers.kind." + employer.kind())));
        facts.add(new DescriptionList.Term(getTranslation("employers.employer.industry")),
                new DescriptionList.Description(employer.industry()));
        facts.add(new DescriptionList.Term(getTranslation("employers.employer.size")),
                new DescriptionList.Description(getTranslation("employers.size." + employer.size())));
        facts.add(new DescriptionList.Term(getTranslation("employers.employer.orgNumber")),
                new DescriptionList.Description(employer.organisationNumber()));
        facts.add(new DescriptionList.Term(getTranslation("employers.employer.address")),
                new DescriptionList.Description(employer.address()));
        facts.addClassName("figures");
        add(facts);
        if (employer.descriptionHidden()) {
            add(new Paragraph(getTranslation("employers.hiddenByModerator")));
        } else if (!employer.description().isBlank()) {
            add(new Paragraph(employer.description()));
        }
        if (!employers.mayRepresent(employer.id())) {
            return;
        }
        add(new H2(getTranslation("employers.employer.postings")));
        add(new Paragraph(new RouterLink(getTranslation("employers.employer.newPosting"), PostingEditorView.class,
                new RouteParameters("id", employer.id().toString()))));
        for (Posting p : postings.ofEmployer(employer.id())) {
            Div row = new Div();
            row.addClassName("posting-row");
            row.add(new RouterLink(p.title(), InterestsView.class, new RouteParameters("id", p.id().toString())),
                    new Span(" – " + getTranslation("employers.postingStatus." + p.status()) + " – "
                            + Choices.occupationName(p.occupation(), locale)));
            if (p.status() == PostingStatus.CLOSED) {
                row.add(new Button(getTranslation("employers.posting.reopen"), click -> {
                    postings.reopen(p.id());
                    render();
                }));
            } else {
                row.add(new Button(getTranslation("employers.posting.close"), click -> {
                    postings.close(p.id());
                    render();
                }));
            }
            add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return (employer == null ? getTranslation("employers.employers.title") : employer.name()) + " – Brobygge";
    }
}
