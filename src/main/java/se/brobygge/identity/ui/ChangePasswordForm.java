package se.brobygge.identity.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import se.brobygge.identity.SignInDetailsService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** A new password while signed in; the account's other sessions end, this one stays. */
class ChangePasswordForm extends Div {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final Button save = new Button();
    final Paragraph done = new Paragraph();

    ChangePasswordForm(SignInDetailsService signInDetails) {
        addClassName("change-password");
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setRequiredIndicatorVisible(true);
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("register.password.help"));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setRequiredIndicatorVisible(true);
        save.setText(getTranslation("password.save"));
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);

        FormLayout form = new FormLayout(current, newPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new H2(getTranslation("password.title")),
                new Paragraph(getTranslation("password.intro")),
                form,
                save,
                done);

        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", newPassword);
        save.addClickListener(e -> {
            done.setVisible(false);
            try {
                signInDetails.changeMyPassword(current.getValue(), newPassword.getValue());
                current.clear();
                newPassword.clear();
                FieldErrors.clear(fields);
                done.setText(getTranslation("password.changed"));
                done.setVisible(true);
            } catch (InvalidInputException ex) {
                if (FieldErrors.show(ex, fields, this) instanceof Focusable<?> first) {
                    first.focus();
                }
            }
        });
    }
}
