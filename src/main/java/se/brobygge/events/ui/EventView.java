package se.brobygge.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.Audience;
import se.brobygge.events.EventDetails;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.GuestSignUp;
import se.brobygge.events.GuestSignUpService;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SeatsLeft;
import se.brobygge.events.SignUpApprovalService;
import se.brobygge.events.SignUpRequest;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.CurrentUser;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.ParticipantName;
import se.brobygge.shared.ui.RichTextView;
import se.brobygge.shared.ui.SignInLink;
import se.brobygge.shared.ui.Written;

/** One event: everything about it, seats left, and signing up or cancelling. */
@Route("events/:id")
@AnonymousAllowed
class EventView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final SignUpService signUps;
    private final EventEditingService editing;
    private final SignUpApprovalService approvals;
    private final GuestSignUpService guests;
    private final CurrentUser currentUser;
    private final Div action = new Div();
    private final Paragraph status = new Paragraph();
    private @Nullable EventSummary event;

    private final PlaceService places;

    EventView(
            EventService events,
            SignUpService signUps,
            EventEditingService editing,
            SignUpApprovalService approvals,
            GuestSignUpService guests,
            CurrentUser currentUser,
            PlaceService places) {
        this.editing = editing;
        this.approvals = approvals;
        this.guests = guests;
        this.places = places;
        this.events = events;
        this.signUps = signUps;
        this.currentUser = currentUser;
        addClassName("event-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        Optional<EventSummary> found =
                e.getRouteParameters().getLong("id").flatMap(id -> events.event(new EventId(id)));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        event = found.get();
        boolean hidden = event().status() == EventStatus.PENDING_APPROVAL || event().status() == EventStatus.DECLINED;
        if (hidden && !(currentUser.isSignedIn() && events.canManage(event().id()))) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        add(Written.text(new H1(event().title())));
        if (event().status() == EventStatus.CANCELLED) {
            Paragraph cancelled = new Paragraph(getTranslation("events.cancelled"));
            cancelled.addClassName("event-cancelled");
            add(cancelled);
        }
        if (event().status() == EventStatus.PENDING_APPROVAL || event().status() == EventStatus.DECLINED) {
            String note = events.details(event().id()).map(d -> d.reviewNote()).orElse(null);
            Paragraph review = new Paragraph(
                    event().status() == EventStatus.PENDING_APPROVAL
                            ? getTranslation("events.review.waiting")
                            : getTranslation("events.review.declined", note == null ? "" : note));
            review.addClassName("event-review-note");
            review.getElement().setAttribute("role", "status");
            add(review);
        }
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("events.when")),
                new DescriptionList.Description(Formats.dateTime(event().startsAt(), locale) + " – "
                        + Formats.dateTime(event().endsAt(), locale)));
        facts.add(
                new DescriptionList.Term(getTranslation("events.filter.category")),
                new DescriptionList.Description(getTranslation("events.category." + event().category())));
        facts.add(
                new DescriptionList.Term(getTranslation("events.filter.audience")),
                new DescriptionList.Description(getTranslation("events.audience." + event().audience())));
        facts.add(
                new DescriptionList.Term(getTranslation("events.cost")),
                new DescriptionList.Description(
                        event().free()
                                ? getTranslation("events.free")
                                : getTranslation("events.costSek", event().costSek())));
        if (!event().languages().isEmpty()) {
            facts.add(
                    new DescriptionList.Term(getTranslation("events.languages")),
                    new DescriptionList.Description(ListText.of(
                            event().languages().stream()
                                    .sorted()
                                    .map(code -> LanguageNames.of(code, locale))
                                    .toList(),
                            locale)));
        }
        if (event().placeId() != null) {
            places.find(event().placeId()).ifPresent(place -> {
                Anchor link = new Anchor("places/" + place.id().value(), place.name());
                facts.add(
                        new DescriptionList.Term(getTranslation("events.editor.place")),
                        new DescriptionList.Description(link));
            });
        }
        facts.add(
                new DescriptionList.Term(getTranslation("events.organiser")),
                new DescriptionList.Description(ParticipantName.of(event().organiserName(), this)));
        facts.addClassName("figures");
        add(facts);
        if (event().onlineUrl() != null) {
            add(new Paragraph(new Anchor(event().onlineUrl(), getTranslation("events.online"))));
        }
        Anchor calendar = new Anchor("ics/events/" + event().id() + ".ics", getTranslation("events.addToCalendar"));
        calendar.setRouterIgnore(true);
        calendar.getElement().setAttribute("download", true);
        add(new Paragraph(calendar));
        if (event().seriesId() != null) {
            add(new Paragraph(new RouterLink(
                    getTranslation("events.series.link"),
                    SeriesView.class,
                    new RouteParameters("id", event().seriesId().toString()))));
        }
        if (currentUser.isSignedIn() && events.canManage(event().id())) {
            var routeId = new RouteParameters("id", event().id().toString());
            add(new Paragraph(new RouterLink(getTranslation("events.checkin.page"), CheckInView.class, routeId)));
            if (event().status() != EventStatus.CANCELLED) {
                add(new Paragraph(new RouterLink(getTranslation("events.edit.page"), EventEditView.class, routeId)));
            }
            if (event().approvalRequired()) {
                add(new PendingSignUps(approvals, event().id()));
            }
            if (event().status() == EventStatus.PUBLISHED) {
                add(MessageAttendeesButton.forEvent(event().id()));
                Button cancelEvent = new Button(
                        getTranslation("events.cancel.button"),
                        e -> CancelEventDialog.open(this, editing, event().id(), () -> {
                            event = events.event(event().id()).orElse(event());
                            render();
                        }));
                cancelEvent.addThemeVariants(ButtonVariant.LUMO_ERROR);
                cancelEvent.addClassName("cancel-event");
                add(cancelEvent);
            }
        }
        add(new H2(getTranslation("events.about")));
        // rendered and sanitised on the server (RichText), whatever was stored
        add(new RichTextView(event().description()));
        status.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("events.signup.title")), status, action);
        renderSignUp();
    }

    private void renderSignUp() {
        action.removeAll();
        status.setText(new EventCard(event(), UI.getCurrent().getLocale()).seats(event())
                + keptSeats(signUps.seatsLeft(event().id())));
        if (event().status() != EventStatus.PUBLISHED) {
            return;
        }
        if (!currentUser.isSignedIn()) {
            action.add(new Paragraph(new SignInLink(getTranslation("events.signup.loginFirst"))));
            action.add(guestForm());
            return;
        }
        Optional<MySignUp> mine = signUps.mine(event().id());
        if (mine.isPresent()) {
            MySignUp s = mine.get();
            action.add(new Paragraph(MyEventsView.statusText(this, s)));
            Button cancel = new Button(
                    getTranslation(
                            s.status() == SignUpStatus.WAITING
                                    ? "events.signup.leaveWaitlist"
                                    : "events.signup.cancel"),
                    e -> CancelSignUpDialog.open(this, event().title(), s.status() == SignUpStatus.WAITING, () -> {
                        signUps.cancel(event().id());
                        reload(getTranslation("events.signup.cancelledNote"));
                    }));
            cancel.addClassName("signup-cancel");
            action.add(cancel);
        } else {
            renderSignUpForm();
        }
    }

    /** Reserved places for a group, the organiser's questions, and the button. */
    private void renderSignUpForm() {
        EventDetails details = events.details(event().id()).orElseThrow();
        SeatsLeft left = signUps.seatsLeft(event().id());
        Checkbox inGroup = new Checkbox();
        String group = left.kept().keySet().stream().findFirst().orElse(null);
        if (group != null) {
            String groupName = Arrays.stream(Audience.values())
                    .filter(a -> a.name().equals(group))
                    .findFirst()
                    .map(a -> getTranslation("events.audience." + a))
                    .orElse(group);
            inGroup.setLabel(getTranslation(
                    "events.signup.inGroup", groupName, left.kept().get(group)));
            inGroup.addClassName("signup-group");
            action.add(inGroup);
        }
        List<TextField> answers = new ArrayList<>();
        for (String question : details.questions()) {
            var answer = new TextField(question);
            answer.setMaxLength(500);
            answer.setWidthFull();
            answers.add(answer);
            action.add(answer);
        }
        if (event().approvalRequired()) {
            action.add(new Paragraph(getTranslation("events.signup.approvalNote")));
        }
        boolean seat = left.seatFor(group);
        Button signUp = new Button(
                getTranslation(
                        seat || event().approvalRequired() ? "events.signup.button" : "events.signup.joinWaitlist"),
                e -> {
                    try {
                        MySignUp s = signUps.signUp(
                                event().id(),
                                new SignUpRequest(
                                        inGroup.getValue() ? group : null,
                                        answers.stream()
                                                .map(TextField::getValue)
                                                .toList()));
                        reload(
                                switch (s.status()) {
                                    case CONFIRMED -> getTranslation("events.signup.doneConfirmed");
                                    case PENDING -> getTranslation("events.signup.donePending");
                                    default -> getTranslation("events.signup.doneWaiting");
                                });
                    } catch (InvalidInputException ex) {
                        Notification.show(getTranslation(ex.errors().getFirst().messageKey()));
                    }
                });
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signUp.addClassName("signup-button");
        action.add(signUp);
    }

    /** Signing up without an account: name and e-mail; the link in the mail confirms. */
    private Component guestForm() {
        Details details = new Details(getTranslation("events.guest.title"));
        details.addClassName("guest-signup");
        var name = new TextField(getTranslation("events.guest.nameLabel"));
        name.setMaxLength(80);
        name.setAutocomplete(Autocomplete.NAME);
        var email = new EmailField(getTranslation("events.guest.emailLabel"));
        email.setAutocomplete(Autocomplete.EMAIL);
        EventDetails info = events.details(event().id()).orElseThrow();
        List<TextField> answers = new ArrayList<>();
        for (String question : info.questions()) {
            var answer = new TextField(question);
            answer.setMaxLength(500);
            answers.add(answer);
        }
        Paragraph done = new Paragraph();
        done.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("events.guest.send"), click -> {
            try {
                guests.requestAsGuest(
                        event().id(),
                        new GuestSignUp(
                                name.getValue(),
                                email.getValue(),
                                UI.getCurrent().getLocale().getLanguage(),
                                new SignUpRequest(
                                        null,
                                        answers.stream()
                                                .map(TextField::getValue)
                                                .toList())));
                name.setInvalid(false);
                email.setInvalid(false);
                done.setText(getTranslation("events.guest.sent", email.getValue()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("guestName", name, "guestEmail", email), this);
            }
        });
        send.addClassName("guest-send");
        FormLayout form = new FormLayout(name, email);
        answers.forEach(form::add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        details.add(new Paragraph(getTranslation("events.guest.help")), form, send, done);
        return details;
    }

    private String keptSeats(SeatsLeft left) {
        StringBuilder text = new StringBuilder();
        left.kept().forEach((group, free) -> {
            String name = Arrays.stream(Audience.values())
                    .filter(a -> a.name().equals(group))
                    .findFirst()
                    .map(a -> getTranslation("events.audience." + a))
                    .orElse(group);
            text.append(' ').append(getTranslation("events.seats.kept", free, name));
        });
        return text.toString();
    }

    private void reload(String message) {
        event = events.event(event().id()).orElse(event());
        renderSignUp();
        Notification.show(message);
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("events.list.title") : event.title()) + " – Brobygge";
    }

    /** The event, set in beforeEnter. */
    private EventSummary event() {
        return Objects.requireNonNull(event, "set in beforeEnter");
    }
}
