package se.brobygge.associations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.Written;

/** Staff check new associations (organisation number and a contact), verify or suspend them. */
@Route("staff/associations")
@Menu(order = 104, title = "associations.nav.staff", icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class StaffAssociationsView extends Main implements HasDynamicTitle {

    private final AssociationReviewService associations;
    private final Div waiting = new Div();
    private final Div suspended = new Div();
    final Paragraph status = new Paragraph();

    StaffAssociationsView(AssociationReviewService associations) {
        this.associations = associations;
        addClassName("narrow-view");
        add(new H1(getTranslation("associations.staff.title")));
        add(new Paragraph(getTranslation("associations.staff.intro")));
        status.getElement().setAttribute("role", "status");
        add(
                status,
                new H2(getTranslation("associations.staff.waiting")),
                waiting,
                new H2(getTranslation("associations.staff.suspended")),
                suspended);
        refresh();
    }

    private void refresh() {
        waiting.removeAll();
        List<Association> toCheck = associations.awaitingVerification();
        if (toCheck.isEmpty()) {
            waiting.add(new Paragraph(getTranslation("associations.staff.none")));
        }
        toCheck.forEach(a -> waiting.add(card(a)));
        suspended.removeAll();
        associations.suspendedOnes().forEach(a -> {
            Div item = new Div();
            item.addClassName("event-card");
            item.add(
                    Written.text(new H3(a.name())),
                    new Paragraph(getTranslation("associations.suspended.notice", a.suspendedReason())));
            item.add(new Button(getTranslation("associations.staff.lift", a.name()), e -> {
                associations.lift(a.id());
                done(getTranslation("associations.staff.lifted", a.name()));
            }));
            suspended.add(item);
        });
    }

    private Div card(Association a) {
        Div item = new Div();
        item.addClassName("event-card");
        item.addClassName("staff-association");
        H3 title = new H3();
        title.add(Written.text(
                new RouterLink(a.name(), AssociationView.class, new RouteParameters("id", a.id().toString()))));
        item.add(title);
        item.add(new Paragraph(getTranslation(
                "associations.staff.facts",
                a.organisationNumber(),
                a.contactEmail() == null ? "–" : a.contactEmail(),
                a.contactPhone() == null ? "–" : a.contactPhone())));
        Button verify = new Button(getTranslation("associations.staff.verify", a.name()), e -> {
            associations.verify(a.id());
            done(getTranslation("associations.staff.verified", a.name()));
        });
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClassName("verify-association");
        TextArea reason = new TextArea(getTranslation("associations.staff.reason", a.name()));
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("associations.staff.reason.help"));
        Button suspend = new Button(getTranslation("associations.staff.suspend", a.name()), e -> {
            try {
                associations.suspend(a.id(), reason.getValue());
                done(getTranslation("associations.staff.suspendedDone", a.name()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("reason", reason), this);
            }
        });
        suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
        item.add(new Div(verify), reason, new Div(suspend));
        return item;
    }

    private void done(String message) {
        refresh();
        status.setText(message);
        Notification.show(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.staff.title") + " – Brobygge";
    }
}
