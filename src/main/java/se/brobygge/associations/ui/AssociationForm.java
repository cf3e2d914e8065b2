package se.brobygge.associations.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationDraft;
import se.brobygge.associations.AssociationType;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.MultilingualField;

/** The fields of an association's profile, for registering and for editing. */
class AssociationForm extends FormLayout {

    static final List<String> LANGUAGES =
            List.of("sv", "en", "ar", "prs", "fa", "so", "ti", "uk", "ku", "bs", "pl", "es", "fr", "de", "ru", "tr");

    final TextField name = new TextField();
    final TextField organisationNumber = new TextField();
    final Select<AssociationType> type = new Select<>();
    /** In Swedish (required) and in any other language the representative wants (decision 0050). */
    final MultilingualField description;

    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final TextField website = new TextField();
    final BigDecimalField fee = new BigDecimalField();
    final MultilingualField meetingTimes;
    final Checkbox newcomerHelp = new Checkbox();
    private final Map<String, HasValidation> fields;

    AssociationForm(List<String> knownAreas) {
        Locale locale = UI.getCurrent().getLocale();
        name.setLabel(getTranslation("associations.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(150);
        organisationNumber.setLabel(getTranslation("associations.form.organisationNumber"));
        organisationNumber.setHelperText(getTranslation("associations.form.organisationNumber.help"));
        organisationNumber.setRequiredIndicatorVisible(true);
        organisationNumber.setMaxLength(11);
        type.setLabel(getTranslation("associations.filter.type"));
        type.setItems(Arrays.asList(AssociationType.values()));
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("associations.type." + t));
        description =
                MultilingualField.area("description", getTranslation("associations.form.descriptionText"), 5000, true);
        description.setHelperText(getTranslation("associations.form.descriptionText.help"));
        languages.setLabel(getTranslation("associations.form.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(code -> languageName(code, locale));
        areas.setLabel(getTranslation("associations.form.areas"));
        areas.setItems(knownAreas);
        contactEmail.setLabel(getTranslation("associations.form.contactEmail"));
        contactEmail.setHelperText(getTranslation("associations.form.contact.help"));
        contactPhone.setLabel(getTranslation("associations.form.contactPhone"));
        website.setLabel(getTranslation("associations.form.website"));
        website.setPlaceholder("https://");
        fee.setLabel(getTranslation("associations.form.fee"));
        fee.setHelperText(getTranslation("associations.form.fee.help"));
        meetingTimes =
                MultilingualField.line("meetingTimes", getTranslation("associations.form.meetingTimes"), 500, false);
        meetingTimes.setHelperText(getTranslation("associations.form.meetingTimes.help"));
        newcomerHelp.setLabel(getTranslation("associations.form.newcomerHelp"));
        add(
                name,
                organisationNumber,
                type,
                description,
                languages,
                areas,
                contactEmail,
                contactPhone,
                website,
                fee,
                meetingTimes,
                newcomerHelp);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("organisationNumber", organisationNumber);
        fields.put("type", type);
        fields.putAll(description.fields());
        fields.put("languages", languages);
        fields.put("areas", areas);
        fields.put("contactEmail", contactEmail);
        fields.put("contactPhone", contactPhone);
        fields.put("website", website);
        fields.put("feeSek", fee);
        fields.putAll(meetingTimes.fields());
    }

    static String languageName(String code, Locale locale) {
        return LanguageNames.of(code, locale);
    }

    AssociationDraft draft() {
        return AssociationDraft.builder()
                .name(name.getValue())
                .organisationNumber(organisationNumber.getValue())
                .type(type.getValue())
                .descriptions(description.getValue())
                .languages(new HashSet<>(languages.getValue()))
                .areas(new HashSet<>(areas.getValue()))
                .contactEmail(contactEmail.getValue())
                .contactPhone(contactPhone.getValue())
                .website(website.getValue())
                .feeSek(fee.getValue())
                .meetingTimesTexts(meetingTimes.getValue())
                .newcomerHelp(newcomerHelp.getValue())
                .build();
    }

    void fill(Association a) {
        name.setValue(a.name());
        organisationNumber.setValue(a.organisationNumber());
        type.setValue(a.type());
        description.setValue(a.descriptions());
        languages.setValue(a.languages());
        areas.setValue(a.areas());
        contactEmail.setValue(a.contactEmail() == null ? "" : a.contactEmail());
        contactPhone.setValue(a.contactPhone() == null ? "" : a.contactPhone());
        website.setValue(a.website() == null ? "" : a.website());
        fee.setValue(a.feeSek());
        meetingTimes.setValue(a.meetingTimesTexts());
        newcomerHelp.setValue(a.newcomerHelp());
    }

    void clearErrors() {
        FieldErrors.clear(fields);
    }

    void show(InvalidInputException e) {
        HasValidation first = FieldErrors.show(e, fields, this);
        // a text with an error in another language shows that language, so its message is seen
        description.reveal();
        meetingTimes.reveal();
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
