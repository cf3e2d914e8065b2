package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.Written;

/** My employers, and registering a new one (staff verify it). */
@Route("employers")
@Menu(order = 27, title = "employers.nav.employers", icon = "vaadin:factory")
@PermitAll
class EmployersView extends Main implements HasDynamicTitle {

    final EmployerForm form = new EmployerForm();
    final Button register = new Button();

    EmployersView(EmployerService employers) {
        addClassName("narrow-view");
        add(
                new H1(getTranslation("employers.employers.title")),
                new Paragraph(getTranslation("employers.employers.intro")));
        List<Employer> mine = employers.mine();
        add(new H2(getTranslation("employers.employers.mine")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("employers.employers.none")));
        } else {
            UnorderedList list = new UnorderedList();
            mine.forEach(e -> list.add(new ListItem(new RouterLink(
                    Written.isolate(e.name()) + " – " + getTranslation("employers.status." + e.status()),
                    EmployerView.class,
                    new RouteParameters("id", e.id().toString())))));
            add(list);
        }
        add(new H2(getTranslation("employers.employers.register")));
        register.setText(getTranslation("employers.employers.registerButton"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, register);
        register.addClickListener(click -> {
            try {
                EmployerId id = employers.register(form.draft());
                form.clearErrors();
                UI.getCurrent().navigate(EmployerView.class, new RouteParameters("id", id.toString()));
            } catch (InvalidInputException ex) {
                form.showErrors(ex);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.employers.title") + " – Brobygge";
    }
}
