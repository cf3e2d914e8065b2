package se.brobygge.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.brobygge.identity.AccountProfile;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.ProfileUpdate;
import se.brobygge.identity.SignInDetailsService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.LanguageChoice;
import se.brobygge.shared.ui.UiLanguage;

/** The base profile: display name (public), e-mail (never public), languages, area. */
@Route("profile")
@Menu(order = 90, title = "nav.profile", icon = "vaadin:user")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    /** Languages people in the municipality commonly speak, offered in the "languages I speak" list. */
    static final List<String> SPOKEN = List.of(
            "sv", "en", "ar", "prs", "fa", "so", "ti", "uk", "ru", "pl", "bs", "sr", "hr", "ku", "tr", "es", "fr", "de",
            "am", "sq", "ro", "th", "zh", "vi", "fi", "ps", "ur", "hi");

    final TextField displayName = new TextField();
    final TextField email = new TextField();
    final Select<Language> language = new Select<>();
    final MultiSelectComboBox<String> spoken = new MultiSelectComboBox<>();
    final Select<String> area = new Select<>();
    final Button save = new Button();

    ProfileView(AccountService accounts, SignInDetailsService signInDetails, TranslationProvider translations) {
        addClassName("narrow-view");
        add(new H1(getTranslation("profile.title")));
        Locale locale = UI.getCurrent().getLocale();
        AccountProfile profile = accounts.myProfile();

        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setHelperText(getTranslation("profile.displayName.help"));
        displayName.setMaxLength(80);
        displayName.setRequiredIndicatorVisible(true);
        displayName.setValue(profile.displayName());

        email.setLabel(getTranslation("register.email"));
        email.setHelperText(getTranslation("profile.email.help"));
        email.setReadOnly(true);
        email.setValue(profile.email());

        language.setLabel(getTranslation("register.language"));
        language.setItems(translations.completeLanguages());
        LanguageChoice.byOwnNames(language);
        language.setValue(Language.byCode(profile.preferredLanguage()).orElse(Language.DEFAULT));

        spoken.setLabel(getTranslation("profile.spoken"));
        spoken.setItems(SPOKEN.stream()
                .sorted(Comparator.comparing((String code) -> languageName(code, locale)))
                .toList());
        spoken.setItemLabelGenerator(code -> languageName(code, locale));
        spoken.setValue(
                profile.languagesSpoken().stream().filter(SPOKEN::contains).collect(Collectors.toSet()));

        area.setLabel(getTranslation("profile.area"));
        area.setHelperText(getTranslation("profile.area.help"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("profile.area.none"));
        area.setItems(accounts.areas());
        area.setValue(profile.area());

        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(displayName, email, language, spoken, area);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("profile.intro")), form, save);
        if (profile.localPassword()) {
            // accounts of the municipality's identity provider change these there
            add(new ChangeEmailForm(signInDetails), new ChangePasswordForm(signInDetails));
        }

        Map<String, HasValidation> fields = Map.of(
                "displayName", displayName, "preferredLanguage", language, "languagesSpoken", spoken, "area", area);
        save.addClickListener(e -> {
            try {
                Set<String> languages = new HashSet<>(spoken.getValue());
                AccountProfile saved = accounts.updateMyProfile(new ProfileUpdate(
                        displayName.getValue(),
                        language.getValue() == null
                                ? Language.DEFAULT.code()
                                : language.getValue().code(),
                        languages,
                        area.getValue()));
                FieldErrors.clear(fields);
                Language chosen = Language.byCode(saved.preferredLanguage()).orElse(Language.DEFAULT);
                if (chosen != Language.of(UI.getCurrent().getLocale())) {
                    UiLanguage.remember(chosen);
                    UiLanguage.apply(UI.getCurrent(), chosen);
                    UI.getCurrent().getPage().reload();
                } else {
                    Notification note = Notification.show(getTranslation("profile.saved"));
                    note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
    }

    private static String languageName(String code, Locale locale) {
        return LanguageNames.label(code, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " – Brobygge";
    }
}
