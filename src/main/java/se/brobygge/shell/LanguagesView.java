package se.brobygge.shell;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.FieldErrors;

/**
 * Staff see, language by language, how many texts are translated, whether it is offered, and
 * whether a municipal translator has checked it; an administrator records a check or takes it back.
 */
@Route("staff/languages")
@Menu(order = 112, title = "languages.nav", icon = "vaadin:globe")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class LanguagesView extends Main implements HasDynamicTitle {

    private final LanguageReviewService reviews;
    private final boolean admin;
    private final Clock clock;
    private final Div list = new Div();

    LanguagesView(LanguageReviewService reviews, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.admin = currentUser.hasRole(Roles.ADMIN);
        this.clock = clock;
        addClassName("languages-view");
        add(new H1(getTranslation("languages.title")));
        add(new Paragraph(getTranslation("languages.intro")));
        list.addClassName("language-statuses");
        add(list);
        show();
    }

    private void show() {
        list.removeAll();
        for (LanguageStatus status : reviews.statuses()) {
            Section card = new Section();
            card.addClassName("language-status");
            card.getElement().setAttribute("data-language", status.language().code());
            H2 name = new H2(status.language().nativeName());
            name.getElement().setAttribute("lang", status.language().code());
            name.getElement().setAttribute("dir", status.language().rightToLeft() ? "rtl" : "ltr");
            card.add(name);
            card.add(new Paragraph(getTranslation(
                    "languages.texts",
                    Formats.number(status.translated(), getLocale()),
                    Formats.number(status.total(), getLocale()))));
            card.add(new Paragraph(getTranslation(status.offered() ? "languages.offered" : "languages.notOffered")));
            String checkedBy = status.checkedBy();
            LocalDate checkedOn = status.checkedOn();
            Paragraph checked = new Paragraph(
                    checkedBy != null && checkedOn != null
                            ? getTranslation("languages.checked", checkedBy, Formats.date(checkedOn, getLocale()))
                            : getTranslation("languages.notChecked"));
            checked.addClassName(status.checked() ? "language-checked" : "language-not-checked");
            card.add(checked);
            if (admin) {
                card.add(status.checked() ? undo(status) : record(status));
            }
            list.add(card);
        }
    }

    private Div record(LanguageStatus status) {
        TextField checkedBy = new TextField(getTranslation("languages.review.checkedBy"));
        checkedBy.setMaxLength(LanguageReviewService.MAX_CHECKED_BY);
        checkedBy.setHelperText(getTranslation("languages.review.checkedBy.help"));
        checkedBy.addClassName("checked-by");
        DateField checkedOn = new DateField(getTranslation("languages.review.checkedOn"), LocalDate.now(clock));
        checkedOn.setMax(LocalDate.now(clock));
        checkedOn.addClassName("checked-on");
        Button save = new Button(
                getTranslation(
                        "languages.review.record",
                        LanguageNames.of(status.language().code(), getLocale())),
                e -> {
                    try {
                        LocalDate day = checkedOn.getValue();
                        if (day == null) {
                            throw new InvalidInputException("checkedOn", "languages.review.checkedOn.required");
                        }
                        reviews.markChecked(status.language(), checkedBy.getValue(), day);
                        Notification.show(getTranslation("languages.review.recorded"));
                        show();
                    } catch (InvalidInputException invalid) {
                        Map<String, HasValidation> fields = Map.of("checkedBy", checkedBy, "checkedOn", checkedOn);
                        if (FieldErrors.show(invalid, fields, this) instanceof Focusable<?> focusable) {
                            focusable.focus();
                        }
                    }
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("record-check");
        Div form = new Div(checkedBy, checkedOn, save);
        form.addClassName("language-review-form");
        return form;
    }

    private Div undo(LanguageStatus status) {
        Div actions = new Div();
        if (status.language() != Language.SWEDISH) {
            Button undo = new Button(
                    getTranslation(
                            "languages.review.undo",
                            LanguageNames.of(status.language().code(), getLocale())),
                    e -> {
                        reviews.markUnchecked(status.language());
                        show();
                    });
            undo.addClassName("undo-check");
            actions.add(undo);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("languages.title") + " – Brobygge";
    }
}
