package se.brobygge.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import se.brobygge.events.AttendeeMessageService;
import se.brobygge.events.EventId;
import se.brobygge.events.MessageAudience;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/**
 * The organiser's "message everyone": a dialog to write a subject and a text to everyone signed
 * up, or everyone on the waitlist, of their own event. Each person gets it as their notification
 * preferences say; the dialog says how many it reached.
 */
class MessageAttendeesButton extends Button {

    private final AttendeeMessageService messages;
    private final EventId event;

    MessageAttendeesButton(AttendeeMessageService messages, EventId event) {
        this.messages = messages;
        this.event = event;
        setText(getTranslation("events.message.button"));
        addClassName("message-attendees");
        addClickListener(click -> open());
    }

    Dialog open() {
        Dialog dialog = new Dialog();
        dialog.addClassName("message-attendees-dialog");
        dialog.setHeaderTitle(getTranslation("events.message.title"));
        RadioButtonGroup<MessageAudience> audience = new RadioButtonGroup<>(getTranslation("events.message.audience"));
        audience.setItems(MessageAudience.values());
        audience.setItemLabelGenerator(a -> getTranslation("events.message.audience." + a, messages.reach(event, a)));
        audience.setValue(MessageAudience.ATTENDEES);
        TextField subject = new TextField(getTranslation("events.message.subject"));
        subject.setMaxLength(AttendeeMessageService.MAX_SUBJECT);
        subject.getElement().setAttribute("dir", "auto");
        subject.setWidthFull();
        TextArea text = new TextArea(getTranslation("events.message.text"));
        text.setMaxLength(AttendeeMessageService.MAX_TEXT);
        text.setHelperText(getTranslation("events.message.help"));
        text.getElement().setAttribute("dir", "auto");
        text.setWidthFull();
        dialog.add(new Paragraph(getTranslation("events.message.intro")), audience, subject, text);
        Button send = new Button(getTranslation("events.message.send"), e -> {
            try {
                int reached = messages.send(event, audience.getValue(), subject.getValue(), text.getValue());
                dialog.close();
                Notification.show(getTranslation("events.message.sent", reached));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("subject", subject, "text", text), dialog);
                ex.errors().stream()
                        .filter(err -> err.field().equals("audience"))
                        .findFirst()
                        .ifPresent(err -> {
                            audience.setErrorMessage(getTranslation(err.messageKey()));
                            audience.setInvalid(true);
                        });
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-message");
        Button close = new Button(getTranslation("events.message.close"), e -> dialog.close());
        dialog.getFooter().add(close, send);
        dialog.open();
        subject.focus();
        return dialog;
    }
}
