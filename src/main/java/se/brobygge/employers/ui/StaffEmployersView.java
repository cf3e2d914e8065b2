package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.ui.Written;

/** Staff verify employers and approve posts from employers not yet verified. */
@Route("staff/employers")
@Menu(order = 104, title = "employers.nav.staff", icon = "vaadin:factory")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class StaffEmployersView extends Main implements HasDynamicTitle {

    private final EmployerService employers;
    private final PostingService postings;
    final Paragraph status = new Paragraph();

    StaffEmployersView(EmployerService employers, PostingService postings) {
        this.employers = employers;
        this.postings = postings;
        addClassName("narrow-view");
        status.getElement().setAttribute("role", "status");
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        add(
                new H1(getTranslation("employers.staff.title")),
                status,
                new Paragraph(new RouterLink(getTranslation("employers.sessions.new"), SessionEditorView.class)),
                new Paragraph(new RouterLink(getTranslation("employers.sessions.title"), SessionsView.class)));
        List<Employer> pending = employers.awaitingVerification();
        add(new H2(getTranslation("employers.staff.pendingEmployers", pending.size())));
        for (Employer e : pending) {
            Div row = new Div();
            row.addClassName("pending-employer");
            row.add(
                    Written.text(
                            new RouterLink(e.name(), EmployerView.class, new RouteParameters("id", e.id().toString()))),
                    new Span(" – " + e.organisationNumber() + " – " + e.industry() + " – " + e.contactEmail() + " "));
            Button verify = new Button(getTranslation("employers.staff.verify", e.name()), click -> {
                employers.verify(e.id());
                render();
                status.setText(getTranslation("employers.staff.verified", e.name()));
            });
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("employers.staff.reject", e.name()), click -> {
                employers.reject(e.id());
                render();
                status.setText(getTranslation("employers.staff.rejected", e.name()));
            });
            row.add(verify, reject);
            add(row);
        }
        List<Posting> waiting = postings.awaitingApproval();
        add(new H2(getTranslation("employers.staff.pendingPostings", waiting.size())));
        for (Posting p : waiting) {
            Div row = new Div(new PostingSummary(p, locale));
            row.addClassName("pending-posting");
            Button approve = new Button(getTranslation("employers.staff.approve", p.title()), click -> {
                postings.approve(p.id());
                render();
                status.setText(getTranslation("employers.staff.approved", p.title()));
            });
            row.add(approve);
            add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.staff.title") + " – Brobygge";
    }
}
