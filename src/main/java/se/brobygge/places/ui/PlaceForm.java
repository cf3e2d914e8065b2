package se.brobygge.places.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.PlaceDetails;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.MultilingualField;

/** The fields of a place, for staff and for proposals. Errors come from the service, per field. */
class PlaceForm extends FormLayout {

    final TextField name = new TextField();
    /** Written in Swedish and in any other language the writer wants (decision 0050). */
    final MultilingualField description;

    final TextField streetAddress = new TextField();
    final Select<String> area = new Select<>();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final MultilingualField openingHours;
    final CheckboxGroup<AccessibilityFact> facts = new CheckboxGroup<>();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PlaceForm(List<String> areas) {
        name.setLabel(getTranslation("places.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        // optional, as before: a text in another language needs the Swedish one (the service says so)
        description = MultilingualField.area("description", getTranslation("places.field.description"), 4000, false);
        streetAddress.setLabel(getTranslation("places.field.address"));
        streetAddress.setMaxLength(200);
        area.setLabel(getTranslation("places.field.area"));
        area.setItems(areas);
        // no required indicator: Vaadin puts aria-required on the select's value button, which axe refuses
        area.setHelperText(getTranslation("places.field.area.help"));
        latitude.setLabel(getTranslation("places.field.latitude"));
        latitude.setHelperText(getTranslation("places.field.coordinates.help"));
        longitude.setLabel(getTranslation("places.field.longitude"));
        openingHours = MultilingualField.area("openingHours", getTranslation("places.field.openingHours"), 500, false);
        openingHours.setHelperText(getTranslation("places.field.openingHours.help"));
        facts.setLabel(getTranslation("places.field.facts"));
        facts.setItems(AccessibilityFact.values());
        facts.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        contactEmail.setLabel(getTranslation("places.field.email"));
        contactPhone.setLabel(getTranslation("places.field.phone"));
        add(
                name,
                area,
                description,
                streetAddress,
                latitude,
                longitude,
                openingHours,
                facts,
                contactEmail,
                contactPhone);
        setColspan(description, 2);
        setColspan(openingHours, 2);
        setColspan(facts, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        fields.put("name", name);
        fields.putAll(description.fields());
        fields.put("streetAddress", streetAddress);
        fields.put("area", area);
        fields.put("latitude", latitude);
        fields.put("longitude", longitude);
        fields.putAll(openingHours.fields());
        fields.put("contactEmail", contactEmail);
        fields.put("contactPhone", contactPhone);
    }

    PlaceDetails read() {
        return new PlaceDetails(
                        name.getValue(),
                        "",
                        streetAddress.getValue(),
                        area.getValue() == null ? "" : area.getValue(),
                        latitude.getValue(),
                        longitude.getValue(),
                        "",
                        Set.copyOf(facts.getValue()),
                        contactEmail.getValue(),
                        contactPhone.getValue())
                .withTexts(description.getValue(), openingHours.getValue());
    }

    void fill(PlaceDetails details) {
        name.setValue(details.name());
        description.setValue(details.descriptions());
        streetAddress.setValue(details.streetAddress());
        area.setValue(details.area());
        latitude.setValue(details.latitude());
        longitude.setValue(details.longitude());
        openingHours.setValue(details.openingHoursTexts());
        facts.setValue(details.facts());
        contactEmail.setValue(details.contactEmail() == null ? "" : details.contactEmail());
        contactPhone.setValue(details.contactPhone() == null ? "" : details.contactPhone());
        clearErrors();
    }

    void clear() {
        name.clear();
        description.setValue(MultilingualText.EMPTY);
        description.select(Language.SWEDISH);
        streetAddress.clear();
        area.clear();
        latitude.clear();
        longitude.clear();
        openingHours.setValue(MultilingualText.EMPTY);
        openingHours.select(Language.SWEDISH);
        facts.clear();
        contactEmail.clear();
        contactPhone.clear();
        clearErrors();
    }

    void clearErrors() {
        FieldErrors.clear(fields);
    }

    /** Shows the errors next to their fields and moves the focus to the first. */
    void show(InvalidInputException e) {
        HasValidation first = FieldErrors.show(e, fields, this);
        // a text with an error in another language shows that language, so its message is seen
        description.reveal();
        openingHours.reveal();
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
