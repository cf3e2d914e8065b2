package se.brobygge.employers.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerDraft;
import se.brobygge.employers.EmployerKind;
import se.brobygge.employers.EmployerSize;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** An employer's details, for registering one and for its representatives changing them later. */
class EmployerForm extends FormLayout {

    final TextField name = new TextField();
    final TextField number = new TextField();
    final Select<EmployerKind> kind = new Select<>();
    final TextField industry = new TextField();
    final Select<EmployerSize> size = new Select<>();
    final TextField address = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea description = new TextArea();
    private final Map<String, HasValidation> fields;

    EmployerForm() {
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
        add(name, number, kind, industry, size, address, email, phone, description);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        fields = Map.<String, HasValidation>of(
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
    }

    /** Shows the employer's details as they are now. */
    void fill(Employer e) {
        name.setValue(e.name());
        number.setValue(e.organisationNumber());
        kind.setValue(e.kind());
        industry.setValue(e.industry());
        size.setValue(e.size());
        address.setValue(e.address());
        email.setValue(e.contactEmail());
        phone.setValue(e.contactPhone() == null ? "" : e.contactPhone());
        description.setValue(e.description());
    }

    EmployerDraft draft() {
        return new EmployerDraft(
                name.getValue(),
                number.getValue(),
                kind.getValue(),
                industry.getValue(),
                size.getValue(),
                address.getValue(),
                email.getValue(),
                phone.getValue(),
                description.getValue());
    }

    void clearErrors() {
        FieldErrors.clear(fields);
    }

    void showErrors(InvalidInputException ex) {
        FieldErrors.show(ex, fields, this);
    }
}
