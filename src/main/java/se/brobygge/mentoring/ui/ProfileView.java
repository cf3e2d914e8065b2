package se.brobygge.mentoring.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.brobygge.identity.AccountService;
import se.brobygge.mentoring.AgeBand;
import se.brobygge.mentoring.Gender;
import se.brobygge.mentoring.Interest;
import se.brobygge.mentoring.LanguageLevel;
import se.brobygge.mentoring.MeetingMode;
import se.brobygge.mentoring.MentoringKind;
import se.brobygge.mentoring.MentoringProfile;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.SensitiveDetails;
import se.brobygge.mentoring.TimeSlot;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.occupation.Occupation;
import se.brobygge.shared.occupation.Occupations;
import se.brobygge.shared.ui.EasyReadButton;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.OccupationField;

/** A resident opts in as mentee and/or mentor, and may give sensitive details with consent. */
@Route("mentoring/profile")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    private final ProfileService profiles;
    private long version;

    final Checkbox asMentee = new Checkbox();
    final CheckboxGroup<MentoringKind> seeking = new CheckboxGroup<>();
    final Checkbox asMentor = new Checkbox();
    final CheckboxGroup<MentoringKind> offering = new CheckboxGroup<>();
    final IntegerField capacity = new IntegerField();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final Div levels = new Div();
    final Map<String, Select<LanguageLevel>> levelFields = new LinkedHashMap<>();
    final OccupationField occupation;
    final CheckboxGroup<Interest> interests = new CheckboxGroup<>();
    final TextField freeTags = new TextField();
    final Select<String> area = new Select<>();
    final CheckboxGroup<TimeSlot> times = new CheckboxGroup<>();
    final CheckboxGroup<MeetingMode> modes = new CheckboxGroup<>();
    final Select<AgeBand> ageBand = new Select<>();
    final Select<Gender> gender = new Select<>();
    final Checkbox sameGenderOnly = new Checkbox();
    final Select<AgeBand> partnerMinAge = new Select<>();
    final Select<AgeBand> partnerMaxAge = new Select<>();
    final TextArea goals = new TextArea();
    final Button save = new Button();
    final Paragraph status = new Paragraph();

    final TextField country = new TextField();
    final IntegerField arrivalYear = new IntegerField();
    final Checkbox consent = new Checkbox();
    final Button saveSensitive = new Button();
    final Button withdraw = new Button();
    final Paragraph sensitiveStatus = new Paragraph();

    ProfileView(ProfileService profiles, AccountService accounts) {
        this.profiles = profiles;
        addClassName("narrow-view");
        Locale locale = Texts.locale(this);
        occupation = new OccupationField(getTranslation("mentoring.profile.occupation"), locale);
        add(
                new H1(getTranslation("mentoring.profile.title")),
                new Paragraph(getTranslation("mentoring.profile.intro")),
                new Div(new EasyReadButton("mentoring", "mentor")));

        asMentee.setLabel(getTranslation("mentoring.profile.asMentee"));
        asMentor.setLabel(getTranslation("mentoring.profile.asMentor"));
        seeking.setLabel(getTranslation("mentoring.profile.seeking"));
        offering.setLabel(getTranslation("mentoring.profile.offering"));
        for (CheckboxGroup<MentoringKind> group : List.of(seeking, offering)) {
            group.setItems(MentoringKind.values());
            group.setItemLabelGenerator(k -> Texts.of(this, "mentoring.kind.", k));
        }
        capacity.setLabel(getTranslation("mentoring.profile.capacity"));
        capacity.setMin(1);
        capacity.setMax(ProfileService.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        languages.setLabel(getTranslation("mentoring.profile.languages"));
        languages.setItems(Texts.LANGUAGES);
        languages.setItemLabelGenerator(code -> Texts.language(this, code));
        languages.addValueChangeListener(e -> showLevels());
        interests.setLabel(getTranslation("mentoring.profile.interests"));
        interests.setItems(Interest.values());
        interests.setItemLabelGenerator(i -> Texts.of(this, "mentoring.interest.", i));
        freeTags.setLabel(getTranslation("mentoring.profile.freeTags"));
        area.setLabel(getTranslation("mentoring.profile.area"));
        area.setItems(accounts.areas());
        area.setEmptySelectionAllowed(true);
        times.setLabel(getTranslation("mentoring.profile.times"));
        times.setItems(TimeSlot.values());
        times.setItemLabelGenerator(t -> Texts.of(this, "mentoring.time.", t));
        modes.setLabel(getTranslation("mentoring.profile.modes"));
        modes.setItems(MeetingMode.values());
        modes.setItemLabelGenerator(m -> Texts.of(this, "mentoring.mode.", m));
        for (Select<AgeBand> select : List.of(ageBand, partnerMinAge, partnerMaxAge)) {
            select.setItems(AgeBand.values());
            select.setItemLabelGenerator(a -> a == null ? "" : Texts.of(this, "mentoring.age.", a));
            select.setEmptySelectionAllowed(true);
        }
        ageBand.setLabel(getTranslation("mentoring.profile.ageBand"));
        partnerMinAge.setLabel(getTranslation("mentoring.profile.partnerMinAge"));
        partnerMaxAge.setLabel(getTranslation("mentoring.profile.partnerMaxAge"));
        gender.setLabel(getTranslation("mentoring.profile.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> Texts.of(this, "mentoring.gender.", g));
        sameGenderOnly.setLabel(getTranslation("mentoring.profile.sameGenderOnly"));
        goals.setLabel(getTranslation("mentoring.profile.goals"));
        goals.setMaxLength(2000);
        save.setText(getTranslation("mentoring.profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        status.getElement().setAttribute("role", "status");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(
                asMentee,
                seeking,
                asMentor,
                offering,
                capacity,
                languages,
                levels,
                occupation,
                interests,
                freeTags,
                area,
                times,
                modes,
                ageBand,
                gender,
                sameGenderOnly,
                partnerMinAge,
                partnerMaxAge,
                goals);
        add(form, save, status, sensitiveSection());
        load(profiles.myProfile());
    }

    private Section sensitiveSection() {
        Section section = new Section();
        H2 heading = new H2(getTranslation("mentoring.sensitive.title"));
        heading.setId("mentoring-sensitive-title");
        section.getElement().setAttribute("aria-labelledby", "mentoring-sensitive-title");
        country.setLabel(getTranslation("mentoring.sensitive.country"));
        country.setMaxLength(100);
        arrivalYear.setLabel(getTranslation("mentoring.sensitive.arrivalYear"));
        consent.setLabel(getTranslation("mentoring.sensitive.consent"));
        saveSensitive.setText(getTranslation("mentoring.sensitive.save"));
        saveSensitive.addClickListener(e -> saveSensitive());
        withdraw.setText(getTranslation("mentoring.sensitive.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> {
            profiles.withdrawSensitiveDetails();
            country.clear();
            arrivalYear.clear();
            consent.clear();
            sensitiveStatus.setText(getTranslation("mentoring.sensitive.withdrawn"));
        });
        sensitiveStatus.getElement().setAttribute("role", "status");
        Optional<SensitiveDetails> mine = profiles.mySensitiveDetails();
        mine.ifPresent(s -> {
            country.setValue(s.countryOfOrigin() == null ? "" : s.countryOfOrigin());
            arrivalYear.setValue(s.arrivalYear());
            consent.setValue(true);
            if (s.consentGivenAt() != null) {
                sensitiveStatus.setText(getTranslation(
                        "mentoring.sensitive.given", Formats.date(s.consentGivenAt(), Texts.locale(this))));
            }
        });
        section.add(
                heading,
                new Paragraph(getTranslation("mentoring.sensitive.text", ProfileService.CONSENT_TEXT_VERSION)),
                country,
                arrivalYear,
                consent,
                saveSensitive,
                withdraw,
                sensitiveStatus);
        return section;
    }

    private void saveSensitive() {
        Map<String, HasValidation> fields = Map.of("country", country, "arrivalYear", arrivalYear, "consent", consent);
        FieldErrors.clear(fields);
        try {
            profiles.giveSensitiveDetails(country.getValue(), arrivalYear.getValue(), consent.getValue());
            sensitiveStatus.setText(getTranslation("mentoring.sensitive.saved"));
        } catch (InvalidInputException e) {
            HasValidation first = FieldErrors.show(e, fields, this);
            sensitiveStatus.setText(getTranslation(e.errors().getFirst().messageKey()));
            if (first instanceof Focusable<?> f) {
                f.focus();
            }
        }
    }

    private void showLevels() {
        levels.removeAll();
        Map<String, Select<LanguageLevel>> previous = new HashMap<>(levelFields);
        levelFields.clear();
        for (String code : Texts.LANGUAGES) {
            if (!languages.getValue().contains(code)) {
                continue;
            }
            Select<LanguageLevel> level = previous.getOrDefault(code, new Select<>());
            level.setLabel(getTranslation("mentoring.profile.levelOf", Texts.language(this, code)));
            level.setItems(LanguageLevel.values());
            level.setItemLabelGenerator(l -> l == null ? "" : Texts.of(this, "mentoring.level.", l));
            if (level.getValue() == null) {
                level.setValue(code.equals("sv") ? LanguageLevel.BASIC : LanguageLevel.FLUENT);
            }
            levelFields.put(code, level);
            levels.add(level);
        }
    }

    private void load(MentoringProfile profile) {
        version = profile.version();
        ProfileDraft d = profile.profile();
        asMentee.setValue(d.asMentee());
        asMentor.setValue(d.asMentor());
        seeking.setValue(d.seeking());
        offering.setValue(d.offering());
        capacity.setValue(d.capacity());
        languages.setValue(d.languages().keySet());
        showLevels();
        d.languages()
                .forEach((code, level) ->
                        Optional.ofNullable(levelFields.get(code)).ifPresent(s -> s.setValue(level)));
        occupation.setValue(
                d.occupation() == null
                        ? null
                        : Occupations.byCode(d.occupation()).orElse(null));
        interests.setValue(d.interests());
        freeTags.setValue(d.freeTags());
        area.setValue(d.area());
        times.setValue(d.times());
        modes.setValue(d.modes());
        ageBand.setValue(d.ageBand());
        gender.setValue(d.gender());
        sameGenderOnly.setValue(d.sameGenderOnly());
        partnerMinAge.setValue(d.partnerMinAge());
        partnerMaxAge.setValue(d.partnerMaxAge());
        goals.setValue(d.goals());
    }

    ProfileDraft read() {
        Map<String, LanguageLevel> chosen = new LinkedHashMap<>();
        levelFields.forEach((code, select) ->
                chosen.put(code, select.getValue() == null ? LanguageLevel.BASIC : select.getValue()));
        Occupation o = occupation.getValue();
        return new ProfileDraft(
                asMentee.getValue(),
                asMentor.getValue(),
                seeking.getValue(),
                offering.getValue(),
                chosen,
                o == null ? null : o.code(),
                interests.getValue(),
                freeTags.getValue(),
                area.getValue(),
                times.getValue(),
                modes.getValue(),
                ageBand.getValue(),
                gender.getValue() == null ? Gender.UNSTATED : gender.getValue(),
                sameGenderOnly.getValue(),
                partnerMinAge.getValue(),
                partnerMaxAge.getValue(),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                goals.getValue());
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("seeking", seeking);
        fields.put("offering", offering);
        fields.put("capacity", capacity);
        fields.put("languages", languages);
        fields.put("occupation", occupation);
        fields.put("freeTags", freeTags);
        fields.put("area", area);
        fields.put("times", times);
        fields.put("modes", modes);
        fields.put("ageBand", ageBand);
        fields.put("sameGenderOnly", sameGenderOnly);
        fields.put("partnerMaxAge", partnerMaxAge);
        fields.put("goals", goals);
        FieldErrors.clear(fields);
        try {
            MentoringProfile saved = profiles.saveMyProfile(read(), version);
            version = saved.version();
            status.setText(getTranslation("mentoring.profile.saved"));
        } catch (InvalidInputException e) {
            HasValidation first = FieldErrors.show(e, fields, this);
            status.setText(getTranslation(e.errors().getFirst().messageKey()));
            if (first instanceof Focusable<?> f) {
                f.focus();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.profile.title") + " – Brobygge";
    }
}
