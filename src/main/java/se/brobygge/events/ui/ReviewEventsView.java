package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import se.brobygge.events.EventReviewService;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.Roles;
import se.brobygge.shared.ui.DeclineDialog;
import se.brobygge.shared.ui.ParticipantName;

/** Staff review events of associations and employers that are not verified yet. */
@Route("staff/events/review")
@Menu(order = 103, title = "nav.reviewEvents", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class ReviewEventsView extends Main implements HasDynamicTitle {

    private static final DeclineDialog.Keys DECLINE = new DeclineDialog.Keys(
            "events.review.declineName", "events.review.reason", "events.review.decline", "events.cancel.keep");

    private final EventReviewService review;
    private final Div list = new Div();

    ReviewEventsView(EventReviewService review) {
        this.review = review;
        add(new H1(getTranslation("nav.reviewEvents")), list);
        list.addClassName("event-list");
        render();
    }

    private void render() {
        list.removeAll();
        Locale locale = UI.getCurrent().getLocale();
        var waiting = review.awaitingReview();
        if (waiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("events.review.none")));
        }
        for (EventSummary event : waiting) {
            EventCard card = new EventCard(event, locale);
            card.add(new Paragraph(
                    getTranslation("events.organiser") + ": " + ParticipantName.of(event.organiserName(), this)));
            Button approve = new Button(getTranslation("events.review.approve"), e -> {
                review.approveEvent(event.id());
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
        new DeclineDialog(DECLINE, event.title(), reason -> {
                    review.declineEvent(event.id(), reason);
                    render();
                })
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviewEvents") + " – Brobygge";
    }
}
