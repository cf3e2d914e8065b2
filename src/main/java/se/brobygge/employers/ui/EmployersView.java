package se.brobygge.employers.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerDraft;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerKind;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerSize;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.Written;

/** My employers, and registering a new one (staff verify it). */
@Route("employers")
@Menu(order = 27, title = "employers.nav.employers", icon = "vaadin:factory")
@PermitAll
class EmployersView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextField number = new TextField();
    final Select<EmployerKind> kind = new Select<>();
    final TextField industry = new TextField();
    final Select<EmployerSize> size = new Select<>();
    final TextField address = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea description = new TextArea();
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
        name.setLabel(getTranslation("employers.employer.name"));
        name.setMaxLength(200);
        number.setLabel(getTranslation("employers.employer.orgNumber"));
        number.setHelperText(getTranslation("employers.employer.orgNumber.help"));
        kind.setLabel(getTranslation("employers.employer.kind"));
        kind.setItems(Arrays.asList(EmployerKind.values()));
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("employers.kind." + k));
        kind.setValue(EmployerKind.COMPANY);
        industry.setLabel(getTranslation("employers.employer.industry"));
        size.setLabel(getTranslation("employers.employer.size"));
        size.setItems(Arrays.asList(EmployerSize.values()));
        size.setItemLabelGenerator(s -> s == null ? "" : getTranslation("employers.size." + s));
        size.setValue(EmployerSize.SMALL);
        address.setLabel(getTranslation("employers.employer.address"));
        email.setLabel(getTranslation("employers.employer.email"));
        phone.setLabel(getTranslation("employers.employer.phone"));
        description.setLabel(getTranslation("employers.employer.description"));
        description.setMaxLength(3000);
        register.setText(getTranslation("employers.employers.registerButton"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, number, kind, industry, size, address, email, phone, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, register);
        Map<String, HasValidation> fields = Map.<String, HasValidation>of(
                "name",
                name,
                "organisationNumber",
                number,
                "kind",
                kind,
                "industry",
                industry,
                "size",
                size,
                "address",
                address,
                "contactEmail",
                email,
                "contactPhone",
                phone,
                "description",
                description);
        register.addClickListener(click -> {
            try {
                EmployerId id = employers.register(new EmployerDraft(
                        name.getValue(),
                        number.getValue(),
                        kind.getValue(),
                        industry.getValue(),
                        size.getValue(),
                        address.getValue(),
                        email.getValue(),
                        phone.getValue(),
                        description.getValue()));
                FieldErrors.clear(fields);
                UI.getCurrent().navigate(EmployerView.class, new RouteParameters("id", id.toString()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.employers.title") + " – Brobygge";
    }
}
