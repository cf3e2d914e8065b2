package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.GuestSignUpService;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.TranslatedText;

/**
 * Where the link in a guest's mail leads: confirm the sign-up, see its state and code, or cancel.
 * Opening the page changes nothing by itself (mail scanners open links too); the guest presses a
 * button.
 */
@Route("events/guest/:token")
@AnonymousAllowed
class GuestSignUpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GuestSignUpService guests;
    private String token = "";

    GuestSignUpView(GuestSignUpService guests) {
        this.guests = guests;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        token = e.getRouteParameters().get("token").orElse("");
        render(null);
    }

    private void render(@Nullable String message) {
        removeAll();
        Optional<MySignUp> found = guests.asGuest(token);
        if (found.isEmpty()) {
            add(new H1(getTranslation("events.guest.page")), new Paragraph(getTranslation("events.guest.unknownLink")));
            return;
        }
        MySignUp s = found.get();
        MultilingualText.Shown title = s.event().titles().in(TranslatedText.page(this));
        add(TranslatedText.text(new H1(title.text()), title));
        add(new Paragraph(Formats.dateTime(s.event().startsAt(), UI.getCurrent().getLocale())));
        add(new Paragraph(new RouterLink(
                getTranslation("events.guest.eventLink"),
                EventView.class,
                new RouteParameters("id", s.event().id().toString()))));
        Paragraph status = new Paragraph(message == null ? "" : message);
        status.getElement().setAttribute("role", "status");
        add(status);
        if (s.status() == SignUpStatus.UNCONFIRMED) {
            Button confirm = new Button(getTranslation("events.guest.confirm"), click -> {
                try {
                    MySignUp done = guests.confirmAsGuest(token);
                    render(MyEventsView.statusText(this, done));
                } catch (InvalidInputException ex) {
                    render(getTranslation(ex.errors().getFirst().messageKey()));
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClassName("guest-confirm");
            add(confirm);
        } else if (s.status().active()) {
            if (message == null) {
                status.setText(MyEventsView.statusText(this, s));
            }
            Button cancel = new Button(
                    getTranslation(
                            s.status() == SignUpStatus.WAITING
                                    ? "events.signup.leaveWaitlist"
                                    : "events.signup.cancel"),
                    click ->
                            CancelSignUpDialog.open(this, s.event().title(), s.status() == SignUpStatus.WAITING, () -> {
                                guests.cancelAsGuest(token);
                                render(getTranslation("events.signup.cancelledNote"));
                            }));
            cancel.addClassName("guest-cancel");
            add(cancel);
        } else if (message == null) {
            status.setText(getTranslation("events.guest.notActive"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.guest.page") + " – Brobygge";
    }
}
