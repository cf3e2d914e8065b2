package se.brobygge.events.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.CurrentUser;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;

/** One event: everything about it, seats left, and signing up or cancelling. */
@Route("events/:id")
@AnonymousAllowed
class EventView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final SignUpService signUps;
    private final CurrentUser currentUser;
    private final Div action = new Div();
    private final Paragraph status = new Paragraph();
    private EventSummary event;

    private final PlaceService places;

    EventView(EventService events, SignUpService signUps, CurrentUser currentUser, PlaceService places) {
        this.places = places;
        this.events = events;
        this.signUps = signUps;
        this.currentUser = currentUser;
        addClassName("event-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        Optional<EventSummary> found = e.getRouteParameters().getLong("id").flatMap(id -> events.event(new EventId(id)));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        event = found.get();
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        add(new H1(event.title()));
        if (event.status() == EventStatus.CANCELLED) {
            Paragraph cancelled = new Paragraph(getTranslation("events.cancelled"));
            cancelled.addClassName("event-cancelled");
            add(cancelled);
        }
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("events.when")), new DescriptionList.Description(
                Formats.dateTime(event.startsAt(), locale) + " – " + Formats.dateTime(event.endsAt(), locale)));
        facts.add(new DescriptionList.Term(getTranslation("events.filter.category")),
                new DescriptionList.Description(getTranslation("events.category." + event.category())));
        facts.add(new DescriptionList.Term(getTranslation("events.filter.audience")),
                new DescriptionList.Description(getTranslation("events.audience." + event.audience())));
        facts.add(new DescriptionList.Term(getTranslation("events.cost")), new DescriptionList.Description(
                event.free() ? getTranslation("events.free") : getTranslation("events.costSek", event.costSek())));
        if (!event.languages().isEmpty()) {
            facts.add(new DescriptionList.Term(getTranslation("events.languages")), new DescriptionList.Description(
                    String.join(", ", event.languages().stream().sorted()
                            .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).toList())));
        }
        if (event.placeId() != null) {
            places.find(new PlaceId(event.placeId())).ifPresent(place -> {
                Anchor link = new Anchor("places/" + place.id().value(), place.name());
                facts.add(new DescriptionList.Term(getTranslation("events.editor.place")),
                        new DescriptionList.Description(link));
            });
        }
        facts.add(new DescriptionList.Term(getTranslation("events.organiser")),
                new DescriptionList.Description(event.organiserName()));
        facts.addClassName("figures");
        add(facts);
        if (event.onlineUrl() != null) {
            add(new Paragraph(new Anchor(event.onlineUrl(), getTranslation("events.online"))));
        }
        Anchor calendar = new Anchor("ics/events/" + event.id() + ".ics", getTranslation("events.addToCalendar"));
        calendar.setRouterIgnore(true);
        calendar.getElement().setAttribute("download", true);
        add(new Paragraph(calendar));
        if (currentUser.isSignedIn() && events.canManage(event.id())) {
            add(new Paragraph(new com.vaadin.flow.router.RouterLink(getTranslation("events.checkin.page"),
                    CheckInView.class, new com.vaadin.flow.router.RouteParameters("id", event.id().toString()))));
            if (event.status() == EventStatus.PUBLISHED) {
                Button cancelEvent = new Button(getTranslation("events.cancel.button"), e -> openCancelDialog());
                cancelEvent.addThemeVariants(ButtonVariant.LUMO_ERROR);
                cancelEvent.addClassName("cancel-event");
                add(cancelEvent);
            }
        }
        add(new H2(getTranslation("events.about")));
        // Vaadin's Markdown component sanitises the HTML it renders
        add(new Markdown(event.description()));
        status.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("events.signup.title")), status, action);
        renderSignUp();
    }

    private void renderSignUp() {
        action.removeAll();
        status.setText(new EventCard(event, UI.getCurrent().getLocale()).seats(event));
        if (event.status() != EventStatus.PUBLISHED) {
            return;
        }
        if (!currentUser.isSignedIn()) {
            action.add(new Paragraph(new Anchor("login", getTranslation("events.signup.loginFirst"))));
            return;
        }
        Optional<MySignUp> mine = signUps.mine(event.id());
        if (mine.isPresent()) {
            MySignUp s = mine.get();
            action.add(new Paragraph(s.status() == SignUpStatus.CONFIRMED
                    ? getTranslation("events.signup.confirmed", s.code())
                    : getTranslation("events.signup.waiting", s.waitlistPosition())));
            Button cancel = new Button(getTranslation(s.status() == SignUpStatus.CONFIRMED
                    ? "events.signup.cancel" : "events.signup.leaveWaitlist"), e -> {
                signUps.cancel(event.id());
                reload(getTranslation("events.signup.cancelledNote"));
            });
            cancel.addClassName("signup-cancel");
            action.add(cancel);
        } else {
            Integer left = event.seatsLeft();
            Button signUp = new Button(getTranslation(left != null && left == 0
                    ? "events.signup.joinWaitlist" : "events.signup.button"), e -> {
                try {
                    MySignUp s = signUps.signUp(event.id());
                    reload(s.status() == SignUpStatus.CONFIRMED ? getTranslation("events.signup.doneConfirmed")
                            : getTranslation("events.signup.doneWaiting"));
                } catch (InvalidInputException ex) {
                    Notification.show(getTranslation(ex.errors().getFirst().messageKey()));
                }
            });
            signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signUp.addClassName("signup-button");
            action.add(signUp);
        }
    }

    private void openCancelDialog() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("events.cancel.title"));
        com.vaadin.flow.component.textfield.TextArea reason = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("events.cancel.reason"));
        reason.setHelperText(getTranslation("events.cancel.reason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("events.cancel.confirm"), click -> {
            try {
                events.cancel(event.id(), reason.getValue());
                dialog.close();
                event = events.event(event.id()).orElse(event);
                render();
                Notification.show(getTranslation("events.cancel.done"));
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(getTranslation(ex.errors().getFirst().messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("events.cancel.keep"), click -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        reason.focus();
    }

    private void reload(String message) {
        event = events.event(event.id()).orElse(event);
        renderSignUp();
        Notification.show(message);
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("events.list.title") : event.title()) + " – Brobygge";
    }
}
