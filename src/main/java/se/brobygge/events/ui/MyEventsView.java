package se.brobygge.events.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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

import jakarta.annotation.security.PermitAll;
import se.brobygge.events.CalendarFeedService;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;

/** My seats and waitlist places, with registration codes. */
@Route("my-events")
@Menu(order = 80, title = "nav.myEvents", icon = "vaadin:calendar-user")
@PermitAll
class MyEventsView extends Main implements HasDynamicTitle {

    final TextField feedAddress = new TextField();
    final Button newAddress = new Button();

    MyEventsView(SignUpService signUps, CalendarFeedService feeds) {
        add(new H1(getTranslation("nav.myEvents")));
        List<MySignUp> mine = signUps.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("events.mine.none")));
        } else {
            add(list(mine));
        }
        add(subscription(feeds));
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
            card.add(new Paragraph(s.status() == SignUpStatus.CONFIRMED
                    ? getTranslation("events.signup.confirmed", s.code())
                    : getTranslation("events.signup.waiting", s.waitlistPosition())));
            list.add(card);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myEvents") + " – Brobygge";
    }
}
