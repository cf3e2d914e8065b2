package se.brobygge.events.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.Attendee;
import se.brobygge.events.CheckInService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.events.SignUpStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/**
 * Checking people in at the door, on a phone: type the code, or tick names. The service decides
 * who may (the organiser and staff); others get "not found".
 */
@Route("events/:id/check-in")
@PermitAll
class CheckInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button checkIn = new Button();
    private final Paragraph result = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Div list = new Div();
    private final EventService events;
    private final CheckInService checkIns;
    private @Nullable EventId id;

    CheckInView(EventService events, CheckInService checkIns) {
        this.events = events;
        this.checkIns = checkIns;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        Optional<EventSummary> event = e.getRouteParameters().getLong("id").flatMap(i -> events.event(new EventId(i)));
        if (event.isEmpty() || !events.canManage(event.get().id())) {
            throw new NotFoundException();
        }
        id = event.get().id();
        removeAll();
        add(new H1(getTranslation("events.checkin.title", event.get().title())));
        code.setLabel(getTranslation("events.checkin.code"));
        code.setHelperText(getTranslation("events.checkin.code.help"));
        code.setMaxLength(12);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        checkIn.setText(getTranslation("events.checkin.button"));
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.addClickShortcut(Key.ENTER);
        checkIn.addClickListener(click -> checkInByCode());
        result.getElement().setAttribute("role", "status");
        list.addClassName("attendee-list");
        EventId eventId = id();
        Locale locale = getLocale();
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = checkIns.attendeesCsv(eventId, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "deltagare-" + eventId + ".csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("events.checkin.csv"));
        csv.addClassName("attendees-csv");
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = checkIns.attendeesPdf(eventId, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "deltagare-" + eventId + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                getTranslation("events.checkin.pdf"));
        pdf.addClassName("attendees-pdf");
        add(code, checkIn, result, counts, list, new Paragraph(csv), new Paragraph(pdf));
        refresh();
        // a phone's camera opened the QR code of a sign-up: it holds this page's address with the code
        e.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(scanned -> {
            code.setValue(scanned);
            checkInByCode();
        });
    }

    private void checkInByCode() {
        try {
            Attendee attendee = checkIns.checkIn(id(), code.getValue());
            code.setInvalid(false);
            result.setText(
                    attendee.partySize() == 1
                            ? getTranslation("events.checkin.done", attendee.displayName())
                            : getTranslation("events.checkin.doneParty", attendee.displayName(), attendee.partySize()));
            code.clear();
            code.focus();
            refresh();
        } catch (InvalidInputException e) {
            FieldErrors.show(e, Map.of("code", code), this);
            result.setText("");
        }
    }

    private void refresh() {
        List<Attendee> attendees = checkIns.attendees(id()).stream()
                .filter(a -> a.status() == SignUpStatus.CONFIRMED)
                .toList();
        // people, not sign-ups: a party is checked in with its person's code
        int present = attendees.stream()
                .filter(a -> a.checkedInAt() != null)
                .mapToInt(Attendee::partySize)
                .sum();
        int expected = attendees.stream().mapToInt(Attendee::partySize).sum();
        counts.setText(getTranslation("events.checkin.counts", present, expected));
        list.removeAll();
        for (Attendee attendee : attendees) {
            String party = attendee.partySize() == 1
                    ? ""
                    : " · "
                            + getTranslation(
                                    "events.attendees.partyOf",
                                    attendee.partySize(),
                                    attendee.adults(),
                                    attendee.children());
            Checkbox box = new Checkbox(
                    attendee.displayName() + " (" + attendee.code() + ")" + party, attendee.checkedInAt() != null);
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    checkIns.setCheckedIn(id(), attendee.code(), change.getValue());
                    refresh();
                }
            });
            list.add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.checkin.page") + " – Brobygge";
    }

    /** The id, set in beforeEnter. */
    private EventId id() {
        return Objects.requireNonNull(id, "set in beforeEnter");
    }
}
