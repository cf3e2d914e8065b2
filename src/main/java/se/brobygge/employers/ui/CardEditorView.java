package se.brobygge.employers.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.brobygge.employers.CardDraft;
import se.brobygge.employers.CardService;
import se.brobygge.employers.LanguageLevel;
import se.brobygge.identity.AccountService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.OccupationField;

/** My presentation card, and my choices of who sees what. */
@Route("my-card")
@PermitAll
class CardEditorView extends Main implements HasDynamicTitle {

    final TextArea presentation = new TextArea();
    final TextArea seeks = new TextArea();
    final TextArea offers = new TextArea();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final Select<LanguageLevel> swedish = new Select<>();
    final OccupationField occupation;
    final Select<String> area = new Select<>();
    final TextArea skills = new TextArea();
    final Checkbox visible = new Checkbox();
    final Checkbox suggestible = new Checkbox();
    final Checkbox seeSkills = new Checkbox();
    final Checkbox seeLanguages = new Checkbox();
    final Checkbox seeArea = new Checkbox();
    final Checkbox seeOccupation = new Checkbox();
    final Button save = new Button();
    final Paragraph status = new Paragraph();

    CardEditorView(CardService cards, AccountService accounts) {
        addClassName("narrow-view");
        Locale locale = UI.getCurrent().getLocale();
        add(new H1(getTranslation("employers.card.title")), new Paragraph(getTranslation("employers.card.intro")));
        presentation.setLabel(getTranslation("employers.card.presentation"));
        presentation.setHelperText(getTranslation("employers.card.presentation.help"));
        presentation.setMaxLength(2000);
        seeks.setLabel(getTranslation("employers.card.seeks"));
        seeks.setMaxLength(1000);
        offers.setLabel(getTranslation("employers.card.offers"));
        offers.setMaxLength(1000);
        languages.setLabel(getTranslation("employers.card.languages"));
        languages.setItems(Choices.LANGUAGES);
        languages.setItemLabelGenerator(code -> LanguageNames.label(code, locale));
        swedish.setLabel(getTranslation("employers.card.swedishLevel"));
        swedish.setItems(LanguageLevel.values());
        swedish.setItemLabelGenerator(l -> l == null ? "" : getTranslation("employers.level." + l));
        swedish.setValue(LanguageLevel.BASIC);
        occupation = new OccupationField(getTranslation("employers.card.occupation"), locale);
        occupation.setHelperText(getTranslation("employers.card.occupation.help"));
        area.setLabel(getTranslation("employers.card.area"));
        area.setItems(accounts.areas());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("employers.card.noArea"));
        skills.setLabel(getTranslation("employers.card.skills"));
        skills.setHelperText(getTranslation("employers.card.skills.help"));
        skills.setMaxLength(2000);
        visible.setLabel(getTranslation("employers.card.visible"));
        suggestible.setLabel(getTranslation("employers.card.suggestible"));
        seeSkills.setLabel(getTranslation("employers.card.seeSkills"));
        seeLanguages.setLabel(getTranslation("employers.card.seeLanguages"));
        seeArea.setLabel(getTranslation("employers.card.seeArea"));
        seeOccupation.setLabel(getTranslation("employers.card.seeOccupation"));
        seeLanguages.setValue(true);
        seeOccupation.setValue(true);
        save.setText(getTranslation("employers.card.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "status");
        cards.myCard().ifPresent(this::fill);

        FormLayout form = new FormLayout(presentation, seeks, offers, languages, swedish, occupation, area, skills);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                form,
                new H2(getTranslation("employers.card.privacy")),
                new Paragraph(getTranslation("employers.card.privacy.intro")),
                new Div(visible),
                new Div(suggestible),
                new Paragraph(getTranslation("employers.card.employersSee")),
                new Div(seeOccupation),
                new Div(seeLanguages),
                new Div(seeArea),
                new Div(seeSkills),
                new Div(save),
                status);
        Map<String, HasValidation> fields = Map.<String, HasValidation>of(
                "presentation",
                presentation,
                "seeks",
                seeks,
                "offers",
                offers,
                "languages",
                languages,
                "skills",
                skills,
                "occupation",
                occupation);
        save.addClickListener(e -> {
            try {
                cards.saveMyCard(CardDraft.builder()
                        .presentation(presentation.getValue())
                        .seeks(seeks.getValue())
                        .offers(offers.getValue())
                        .languages(new HashSet<>(languages.getValue()))
                        .swedishLevel(swedish.getValue() == null ? LanguageLevel.NONE : swedish.getValue())
                        .occupation(Choices.code(occupation.getValue()))
                        .area(area.getValue())
                        .skills(skills.getValue())
                        .visibleToParticipants(visible.getValue())
                        .suggestible(suggestible.getValue())
                        .employersSeeSkills(seeSkills.getValue())
                        .employersSeeLanguages(seeLanguages.getValue())
                        .employersSeeArea(seeArea.getValue())
                        .employersSeeOccupation(seeOccupation.getValue())
                        .build());
                FieldErrors.clear(fields);
                status.setText(getTranslation("employers.card.saved"));
                Notification.show(getTranslation("employers.card.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
                status.setText(getTranslation("employers.form.fix"));
            }
        });
    }

    private void fill(CardDraft c) {
        presentation.setValue(c.presentation());
        seeks.setValue(c.seeks());
        offers.setValue(c.offers());
        languages.setValue(Set.copyOf(c.languages()));
        swedish.setValue(c.swedishLevel());
        occupation.setValue(Choices.occupation(c.occupation()));
        area.setValue(c.area());
        skills.setValue(c.skills());
        visible.setValue(c.visibleToParticipants());
        suggestible.setValue(c.suggestible());
        seeSkills.setValue(c.employersSeeSkills());
        seeLanguages.setValue(c.employersSeeLanguages());
        seeArea.setValue(c.employersSeeArea());
        seeOccupation.setValue(c.employersSeeOccupation());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.card.title") + " – Brobygge";
    }
}
