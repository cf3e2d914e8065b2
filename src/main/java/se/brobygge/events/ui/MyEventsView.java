package se.brobygge.events.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;

/** My seats and waitlist places, with registration codes. */
@Route("my-events")
@Menu(order = 80, title = "nav.myEvents", icon = "vaadin:calendar-user")
@PermitAll
class MyEventsView extends Main implements HasDynamicTitle {

    MyEventsView(SignUpService signUps) {
        add(new H1(getTranslation("nav.myEvents")));
        List<MySignUp> mine = signUps.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("events.mine.none")));
            return;
        }
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
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myEvents") + " – Brobygge";
    }
}
