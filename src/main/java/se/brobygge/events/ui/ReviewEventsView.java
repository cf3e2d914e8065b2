package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.ParticipantName;

/** Staff review events of associations and employers that are not verified yet. */
@Route("staff/events/review")
@Menu(order = 103, title = "nav.reviewEvents", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class ReviewEventsView extends Main implements HasDynamicTitle {

    private final EventService events;
    private final Div list = new Div();

    ReviewEventsView(EventService events) {
        this.events = events;
        add(new H1(getTranslation("nav.reviewEvents")), list);
        list.addClassName("event-list");
        render();
    }

    private void render() {
        list.removeAll();
        Locale locale = UI.getCurrent().getLocale();
        var waiting = events.awaitingReview();
        if (waiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("events.review.none")));
        }
        for (EventSummary event : waiting) {
            EventCard card = new EventCard(event, locale);
            card.add(new Paragraph(
                    getTranslation("events.organiser") + ": " + ParticipantName.of(event.organiserName(), this)));
            Button approve = new Button(getTranslation("events.review.approve"), e -> {
                events.approveEvent(event.id());
                Notification.show(getTranslation("events.review.approved", event.title()));
                render();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setAriaLabel(getTranslation("events.review.approveName", event.title()));
            Button decline = new Button(getTranslation("events.review.decline"), e -> openDecline(event));
            decline.setAriaLabel(getTranslation("events.review.declineName", event.title()));
            card.add(approve, decline);
            list.add(card);
        }
    }

    private void openDecline(EventSummary event) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("events.review.declineName", event.title()));
        TextArea reason = new TextArea(getTranslation("events.review.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("events.review.decline"), click -> {
            try {
                events.declineEvent(event.id(), reason.getValue());
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

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviewEvents") + " – Brobygge";
    }
}
