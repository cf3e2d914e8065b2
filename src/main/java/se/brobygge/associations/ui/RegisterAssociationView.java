package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.shared.InvalidInputException;

/** A resident registers an association and becomes its first representative. */
@Route("associations/register")
@PermitAll
class RegisterAssociationView extends Main implements HasDynamicTitle {

    final AssociationForm form;
    final Button save = new Button();

    RegisterAssociationView(AssociationService associations) {
        addClassName("narrow-view");
        add(new H1(getTranslation("associations.register.title")));
        add(new Paragraph(getTranslation("associations.register.intro")));
        form = new AssociationForm(associations.areas());
        save.setText(getTranslation("associations.register.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                AssociationId id = associations.register(form.draft());
                form.clearErrors();
                UI.getCurrent().navigate(ManageAssociationView.class, new RouteParameters("id", id.toString()));
            } catch (InvalidInputException ex) {
                form.show(ex);
            }
        });
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.register.title") + " – Brobygge";
    }
}
