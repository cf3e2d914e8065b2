package se.brobygge.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import se.brobygge.events.Attendee;
import se.brobygge.events.EventId;
import se.brobygge.events.SignUpService;
import se.brobygge.shared.InvalidInputException;

/** For the organiser: sign-ups waiting for approval, with the answers, to approve or decline. */
class PendingSignUps extends Div {

    private final SignUpService signUps;
    private final EventId event;

    PendingSignUps(SignUpService signUps, EventId event) {
        this.signUps = signUps;
        this.event = event;
        addClassName("pending-signups");
        render();
    }

    private void render() {
        removeAll();
        H2 heading = new H2(getTranslation("events.approval.title"));
        add(heading);
        var pending = signUps.pending(event);
        if (pending.isEmpty()) {
            add(new Paragraph(getTranslation("events.approval.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Attendee a : pending) {
            ListItem item = new ListItem();
            item.add(se.brobygge.shared.ui.Written.text(new Span(a.displayName())));
            if (a.group() != null) {
                item.add(new Span(" · " + getTranslation("events.approval.group", a.group())));
            }
            a.answers().stream().filter(x -> !x.isBlank()).forEach(answer -> item.add(new Paragraph(answer)));
            Button approve = new Button(getTranslation("events.approval.approve"), e -> {
                try {
                    signUps.approve(event, a.code());
                    Notification.show(getTranslation("events.approval.approved", a.displayName()));
                } catch (InvalidInputException ex) {
                    Notification.show(getTranslation(ex.errors().getFirst().messageKey()));
                }
                render();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setAriaLabel(getTranslation("events.approval.approveName", a.displayName()));
            Button decline = new Button(getTranslation("events.approval.decline"), e -> openDecline(a));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.setAriaLabel(getTranslation("events.approval.declineName", a.displayName()));
            item.add(approve, decline);
            list.add(item);
        }
        add(list);
    }

    private void openDecline(Attendee a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("events.approval.declineName", a.displayName()));
        TextArea reason = new TextArea(getTranslation("events.approval.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("events.approval.decline"), click -> {
            try {
                signUps.decline(event, a.code(), reason.getValue());
                dialog.close();
                render();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(getTranslation(ex.errors().getFirst().messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("events.cancel.keep"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }
}
