package se.brobygge.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** The organiser calls an event off with a reason that everyone signed up or waiting is told. */
final class CancelEventDialog {

    private CancelEventDialog() {}

    static Dialog open(Component owner, EventEditingService editing, EventId id, Runnable cancelled) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("events.cancel.title"));
        TextArea reason = new TextArea(owner.getTranslation("events.cancel.reason"));
        reason.setHelperText(owner.getTranslation("events.cancel.reason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(owner.getTranslation("events.cancel.confirm"), click -> {
            try {
                editing.cancel(id, reason.getValue());
                dialog.close();
                cancelled.run();
                Notification.show(owner.getTranslation("events.cancel.done"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("reason", reason), dialog);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(owner.getTranslation("events.cancel.keep"), click -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        reason.focus();
        return dialog;
    }
}
