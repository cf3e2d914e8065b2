package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.identity.Roles;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;

/** The calendar subscription on My events, and the feed link on the event list. */
class FeedsKT extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeedService feeds;

    @Test
    void myEventsShowsMyCalendarAddressOnceAndANewAddressStopsTheOldOne() {
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("my-events");
        TextField address = _get(TextField.class, spec -> spec.withLabel("Din kalenderadress"));
        assertThat(address.isReadOnly()).isTrue();
        String first = address.getValue();
        assertThat(first).contains("/ics/me/");
        assertThat(address.getHelperText()).contains("kopiera");
        assertThat(new BrowserlessHttp(port).get(URI.create(first).getPath()).statusCode())
                .isEqualTo(200);

        UI.getCurrent().navigate("events");
        UI.getCurrent().navigate("my-events");
        address = _get(TextField.class, spec -> spec.withLabel("Din kalenderadress"));
        assertThat(address.getValue()).as("only its hash is kept").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Ny adress")));
        String second = address.getValue();
        assertThat(second).contains("/ics/me/").isNotEqualTo(first);
        assertThat(new BrowserlessHttp(port).get(URI.create(first).getPath()).statusCode())
                .isEqualTo(404);
        assertThat(new BrowserlessHttp(port).get(URI.create(second).getPath()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theEventListLinksItsFeedWithTheChosenFilters() {
        UI.getCurrent().navigate("events");
        Anchor atom = _find(Anchor.class).stream()
                .filter(a -> a.getText().equals("RSS/Atom"))
                .findFirst()
                .orElseThrow();
        assertThat(atom.getHref()).isEqualTo("/feeds/events.atom");
        _get(TextField.class, spec -> spec.withLabel("Sök")).setValue("kaffe & kaka");
        _get(Details.class, spec -> spec.withClasses("more-filters")).setOpened(true);
        _get(Checkbox.class, spec -> spec.withLabel("Bara gratis")).setValue(true);
        assertThat(atom.getHref()).isEqualTo("/feeds/events.atom?q=kaffe%20%26%20kaka&free=true");
    }
}
