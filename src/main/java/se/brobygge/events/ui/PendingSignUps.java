package se.brobygge.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import se.brobygge.events.Attendee;
import se.brobygge.events.EventId;
import se.brobygge.events.SignUpApprovalService;
import se.brobygge.events.internal.GroupNames;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.DeclineDialog;
import se.brobygge.shared.ui.Written;

/** For the organiser: sign-ups waiting for approval, with the answers, to approve or decline. */
class PendingSignUps extends Div {

    private static final DeclineDialog.Keys DECLINE = new DeclineDialog.Keys(
            "events.approval.declineName", "events.approval.reason", "events.approval.decline", "events.cancel.keep");

    private final SignUpApprovalService approvals;
    private final EventId event;

    PendingSignUps(SignUpApprovalService approvals, EventId event) {
        this.approvals = approvals;
        this.event = event;
        addClassName("pending-signups");
        render();
    }

    private void render() {
        removeAll();
        H2 heading = new H2(getTranslation("events.approval.title"));
        add(heading);
        var pending = approvals.pending(event);
        if (pending.isEmpty()) {
            add(new Paragraph(getTranslation("events.approval.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Attendee a : pending) {
            ListItem item = new ListItem();
            item.add(Written.text(new Span(a.displayName())));
            if (a.group() != null) {
                item.add(new Span(" · "
                        + getTranslation("events.approval.group", GroupNames.of(a.group(), this::getTranslation))));
            }
            if (a.partySize() > 1) {
                item.add(new Span(
                        " · " + getTranslation("events.attendees.partyOf", a.partySize(), a.adults(), a.children())));
            }
            a.answers().stream().filter(x -> !x.isBlank()).forEach(answer -> item.add(new Paragraph(answer)));
            Button approve = new Button(getTranslation("events.approval.approve"), e -> {
                try {
                    approvals.approve(event, a.code());
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
        new DeclineDialog(DECLINE, a.displayName(), reason -> {
                    approvals.decline(event, a.code(), reason);
                    render();
                })
                .open();
    }
}
