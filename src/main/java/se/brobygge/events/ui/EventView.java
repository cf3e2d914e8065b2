package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.AttendeeMessageService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventPhotoService;
import se.brobygge.events.EventService;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.GuestSignUpService;
import se.brobygge.events.SignUpApprovalService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.ParticipantName;
import se.brobygge.shared.ui.TranslatedText;

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
    private final PlaceService places;
    private final AttendeeMessageService attendeeMessages;
    private final EventPhotoService photos;
    private @Nullable EventSummary event;

    EventView(
            EventService events,
            SignUpService signUps,
            EventEditingService editing,
            SignUpApprovalService approvals,
            GuestSignUpService guests,
            CurrentUser currentUser,
            PlaceService places,
            AttendeeMessageService attendeeMessages,
            EventPhotoService photos) {
        this.photos = photos;
        this.editing = editing;
        this.approvals = approvals;
        this.guests = guests;
        this.places = places;
        this.attendeeMessages = attendeeMessages;
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
        // the title and description in the page's language when the organiser gave it, else Swedish marked so
        MultilingualText.Shown title = event().titles().in(TranslatedText.page(this));
        add(TranslatedText.text(new H1(title.text()), title));
        TranslatedText.mark(title, this).ifPresent(this::add);
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
        photos.photo(event().id()).ifPresent(photo -> {
            Image image = new Image(photo.url(), photo.altText());
            image.addClassName("event-photo");
            // its size is known before it arrives, so the page does not jump on a slow phone
            image.getElement().setAttribute("width", String.valueOf(photo.width()));
            image.getElement().setAttribute("height", String.valueOf(photo.height()));
            add(image);
        });
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
                add(new MessageAttendeesButton(attendeeMessages, event().id()));
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
        add(TranslatedText.rich(event().descriptions(), this));
        add(new SignUpPanel(events, signUps, guests, currentUser, event()));
    }

    @Override
    public String getPageTitle() {
        return (event == null
                        ? getTranslation("events.list.title")
                        : event.titles().in(TranslatedText.page(this)).text())
                + " – Brobygge";
    }

    /** The event, set in beforeEnter. */
    private EventSummary event() {
        return Objects.requireNonNull(event, "set in beforeEnter");
    }
}
