package se.brobygge.employers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionEditingService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.DeclineDialog;
import se.brobygge.shared.ui.FieldErrors;

/** Staff's changes to a coming session: a link to edit it, and cancelling it with a reason for everyone registered. */
class SessionStaffActions extends Div {

    final TextArea reason = new TextArea();
    final Button cancel = new Button();

    SessionStaffActions(Session session, SessionEditingService editor, Runnable cancelled) {
        addClassName("session-staff-actions");
        Anchor edit = new Anchor(
                "staff/employer-sessions/" + session.id() + "/edit", getTranslation("employers.session.edit"));
        edit.addClassName("session-edit");
        reason.setLabel(getTranslation("employers.session.cancelReason"));
        reason.setHelperText(getTranslation("employers.session.cancelReason.help"));
        reason.setMaxLength(DeclineDialog.MAX_REASON);
        reason.setWidthFull();
        cancel.setText(getTranslation("employers.session.cancelSession"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClassName("session-cancel-all");
        cancel.addClickListener(e -> {
            try {
                editor.cancel(session.id(), reason.getValue());
                cancelled.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("reason", reason), this);
            }
        });
        add(new Paragraph(edit), new H2(getTranslation("employers.session.cancelTitle")), reason, cancel);
    }
}
