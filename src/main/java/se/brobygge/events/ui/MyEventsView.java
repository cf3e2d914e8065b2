package se.brobygge.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.brobygge.events.CalendarFeedService;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpApprovalService;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.events.internal.QrCodes;
import se.brobygge.shared.BrobyggeProperties;

/** My seats and waitlist places, with registration codes. */
@Route("my-events")
@Menu(order = 80, title = "nav.myEvents", icon = "vaadin:calendar-user")
@PermitAll
class MyEventsView extends Main implements HasDynamicTitle {

    final TextField feedAddress = new TextField();
    final Button newAddress = new Button();

    private final String baseUrl;

    MyEventsView(
            SignUpService signUps,
            SignUpApprovalService approvals,
            CalendarFeedService feeds,
            BrobyggeProperties properties) {
        this.baseUrl = properties.baseUrl();
        add(new H1(getTranslation("nav.myEvents")));
        add(new AwaitingApprovalSection(approvals.awaitingMine()));
        List<MySignUp> mine = signUps.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("events.mine.none")));
        } else {
            add(list(mine));
        }
        add(reminder(signUps));
        add(subscription(feeds));
    }

    final Select<Integer> reminder = new Select<>();

    /** How long before each event I get a reminder. */
    private Section reminder(SignUpService signUps) {
        Section section = new Section();
        H2 heading = new H2(getTranslation("events.reminder.title"));
        heading.setId("reminder-title");
        section.getElement().setAttribute("aria-labelledby", "reminder-title");
        reminder.setLabel(getTranslation("events.reminder.label"));
        reminder.setItems(SignUpService.REMINDER_CHOICES);
        reminder.setEmptySelectionAllowed(true);
        reminder.setEmptySelectionCaption(getTranslation("events.reminder.never"));
        reminder.setItemLabelGenerator(h ->
                h == null ? getTranslation("events.reminder.never") : getTranslation("events.reminder.hours." + h));
        reminder.setValue(signUps.reminderHours().orElse(null));
        reminder.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                signUps.setReminderHours(e.getValue());
                Notification.show(getTranslation("events.reminder.saved"));
            }
        });
        section.add(heading, reminder);
        return section;
    }

    /** My personal calendar address: shown once, when it is made; a new one stops the old one. */
    private Section subscription(CalendarFeedService feeds) {
        Section section = new Section();
        section.addClassName("calendar-subscription");
        H2 heading = new H2(getTranslation("events.feed.title"));
        heading.setId("calendar-subscription-title");
        section.getElement().setAttribute("aria-labelledby", "calendar-subscription-title");
        Paragraph help = new Paragraph(getTranslation("events.feed.help"));
        feedAddress.setLabel(getTranslation("events.feed.address"));
        feedAddress.setReadOnly(true);
        feedAddress.setWidthFull();
        Optional<String> url = feeds.myFeedUrl();
        url.ifPresentOrElse(this::showAddress, () -> {
            feedAddress.setValue("");
            feedAddress.setHelperText(getTranslation("events.feed.hidden"));
        });
        newAddress.setText(getTranslation("events.feed.new"));
        newAddress.addClickListener(e -> {
            showAddress(feeds.regenerate());
            Notification.show(getTranslation("events.feed.renewed"));
        });
        section.add(heading, help, feedAddress, newAddress);
        return section;
    }

    private void showAddress(String url) {
        feedAddress.setValue(url);
        feedAddress.setHelperText(getTranslation("events.feed.copyHint"));
    }

    private Div list(List<MySignUp> mine) {
        Locale locale = UI.getCurrent().getLocale();
        Div list = new Div();
        list.addClassName("event-list");
        for (MySignUp s : mine) {
            EventCard card = new EventCard(s.event(), locale);
            card.add(new Paragraph(statusText(this, s)));
            if (s.status() == SignUpStatus.CONFIRMED) {
                Image qr = new Image(
                        QrCodes.svgDataUrl(
                                QrCodes.checkInUrl(baseUrl, s.event().id().value(), s.code())),
                        getTranslation("events.qr.alt", s.code()));
                qr.addClassName("signup-qr");
                qr.setWidth("9rem");
                qr.setHeight("9rem");
                card.add(qr);
            }
            list.add(card);
        }
        return list;
    }

    /** What a person's sign-up means, in words. */
    static String statusText(Component in, MySignUp s) {
        return switch (s.status()) {
            case CONFIRMED -> in.getTranslation("events.signup.confirmed", s.code());
            case WAITING -> in.getTranslation("events.signup.waiting", s.waitlistPosition());
            case PENDING -> in.getTranslation("events.signup.pending");
            default -> "";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myEvents") + " – Brobygge";
    }
}
