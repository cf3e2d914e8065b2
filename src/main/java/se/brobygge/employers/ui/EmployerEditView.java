package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.shared.InvalidInputException;

/** A representative changes the employer's profile after it is registered (or verified). */
@Route("employers/:id/edit")
@PermitAll
class EmployerEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployerService employers;
    final EmployerForm form = new EmployerForm();
    final Button save = new Button();
    private String name = "";

    EmployerEditView(EmployerService employers) {
        this.employers = employers;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        Employer employer = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> employers.employerIRepresent(new EmployerId(id)))
                .orElseThrow(NotFoundException::new);
        name = employer.name();
        removeAll();
        add(new H1(getTranslation("employers.employer.edit", name)));
        add(new Paragraph(getTranslation("employers.employer.edit.help")));
        form.fill(employer);
        save.setText(getTranslation("employers.employer.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                employers.update(employer.id(), form.draft());
                form.clearErrors();
                UI.getCurrent()
                        .navigate(
                                EmployerView.class,
                                new RouteParameters("id", employer.id().toString()));
                Notification.show(getTranslation("employers.employer.saved"));
            } catch (InvalidInputException ex) {
                form.showErrors(ex);
            }
        });
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.employer.edit", name) + " – Brobygge";
    }
}
