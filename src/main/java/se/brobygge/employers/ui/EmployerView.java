package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.PostingStatus;
import se.brobygge.identity.Representative;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.TranslatedText;
import se.brobygge.shared.ui.Written;

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
        employer = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> employers.employer(new EmployerId(id)))
                .orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        H1 title = Written.text(new H1(employer.name()));
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
        facts.add(
                new DescriptionList.Term(getTranslation("employers.employer.kind")),
                new DescriptionList.Description(getTranslation("employers.kind." + employer.kind())));
        facts.add(
                new DescriptionList.Term(getTranslation("employers.employer.industry")),
                new DescriptionList.Description(employer.industry()));
        facts.add(
                new DescriptionList.Term(getTranslation("employers.employer.size")),
                new DescriptionList.Description(getTranslation("employers.size." + employer.size())));
        facts.add(
                new DescriptionList.Term(getTranslation("employers.employer.orgNumber")),
                new DescriptionList.Description(employer.organisationNumber()));
        facts.add(
                new DescriptionList.Term(getTranslation("employers.employer.address")),
                new DescriptionList.Description(employer.address()));
        facts.addClassName("figures");
        add(facts);
        if (employer.descriptionHidden()) {
            add(new Paragraph(getTranslation("employers.hiddenByModerator")));
        } else if (!employer.description().isBlank()) {
            add(Written.text(new Paragraph(employer.description())));
        }
        if (employers.mayInvite(employer.id())) {
            renderRepresentatives(locale);
        }
        if (!employers.mayRepresent(employer.id())) {
            return;
        }
        add(new Paragraph(new RouterLink(
                getTranslation("employers.employer.editLink"),
                EmployerEditView.class,
                new RouteParameters("id", employer.id().toString()))));
        add(new H2(getTranslation("employers.employer.postings")));
        add(new Paragraph(new RouterLink(
                getTranslation("employers.employer.newPosting"),
                PostingEditorView.class,
                new RouteParameters("id", employer.id().toString()))));
        for (Posting p : postings.ofEmployer(employer.id())) {
            Div row = new Div();
            row.addClassName("posting-row");
            // the title in the page's language when the employer gave it, else Swedish marked so
            MultilingualText.Shown postingTitle = p.titles().in(TranslatedText.page(this));
            row.add(TranslatedText.text(
                    new RouterLink(
                            postingTitle.text(), InterestsView.class, new RouteParameters("id", p.id().toString())),
                    postingTitle));
            TranslatedText.mark(postingTitle, this).ifPresent(mark -> row.add(new Span(" "), mark));
            row.add(new Span(" – " + getTranslation("employers.postingStatus." + p.status()) + " – "
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

    /** The representatives, invitations waiting for an answer, and inviting a colleague. */
    private void renderRepresentatives(Locale locale) {
        Div section = new Div();
        section.addClassName("employer-representatives");
        section.add(new H2(getTranslation("employers.representatives.title")));
        for (Representative rep : employers.representatives(employer.id())) {
            Div row = new Div(Written.text(
                    new Span(rep.displayName() + " – " + getTranslation("representatives.role." + rep.role()))));
            row.addClassName("representative");
            section.add(row);
        }
        List<RepresentativeInvitation> pending = employers.pendingInvitations(employer.id());
        if (!pending.isEmpty()) {
            section.add(new H3(getTranslation("employers.invitations.pending")));
            for (RepresentativeInvitation inv : pending) {
                Button withdraw = new Button(getTranslation("employers.invitations.withdraw", inv.email()), click -> {
                    employers.cancelInvitation(inv.id());
                    render();
                    say(getTranslation("employers.invitations.withdrawn"));
                });
                section.add(new Div(
                        new Span(getTranslation(
                                "employers.invitations.line",
                                inv.email(),
                                getTranslation("representatives.role." + inv.role()),
                                Formats.dateTime(inv.expiresAt(), locale))),
                        withdraw));
            }
        }
        section.add(new H3(getTranslation("employers.invitations.title")));
        EmailField email = new EmailField(getTranslation("employers.invitations.email"));
        email.addClassName("invite-email");
        Select<RepresentativeRole> role = new Select<>();
        role.setLabel(getTranslation("employers.invitations.role"));
        role.setItems(Arrays.asList(RepresentativeRole.values()));
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("representatives.role." + r));
        role.setValue(RepresentativeRole.CONTACT_PERSON);
        Button invite = new Button(getTranslation("employers.invitations.send"), click -> {
            try {
                employers.invite(employer.id(), email.getValue(), role.getValue());
                render();
                say(getTranslation("employers.invitations.sent"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("email", email), this);
                email.focus();
            }
        });
        invite.addClassName("send-invitation");
        section.add(new Paragraph(getTranslation("employers.invitations.help")), email, role, new Div(invite));
        add(section);
    }

    private void say(String text) {
        Paragraph status = new Paragraph(text);
        status.getElement().setAttribute("role", "status");
        status.addClassName("employer-status");
        addComponentAsFirst(status);
    }

    @Override
    public String getPageTitle() {
        return (employer == null ? getTranslation("employers.employers.title") : employer.name()) + " – Brobygge";
    }
}
