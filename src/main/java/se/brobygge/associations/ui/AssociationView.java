package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.brobygge.associations.Activity;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationLogoService;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.ContactBy;
import se.brobygge.associations.JoinRequestService;
import se.brobygge.associations.RequestKind;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.SignInLink;
import se.brobygge.shared.ui.Written;

/** An association's page: who they are, activities and upcoming events, and "I want to join". */
@Route("associations/:id([0-9]+)")
@AnonymousAllowed
class AssociationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Upcoming events listed on the page; the activities link to theirs among all of them. */
    static final int EVENTS_SHOWN = 20;

    private final AssociationService associations;
    private final ActivityService activities;
    private final JoinRequestService requests;
    private final EventService events;
    private final PlaceService places;
    private final CurrentUser currentUser;
    final Div requestArea = new Div();
    final Paragraph requestStatus = new Paragraph();
    private @Nullable Association association;

    AssociationView(
            AssociationService associations,
            ActivityService activities,
            JoinRequestService requests,
            EventService events,
            PlaceService places,
            CurrentUser currentUser) {
        this.associations = associations;
        this.activities = activities;
        this.requests = requests;
        this.events = events;
        this.places = places;
        this.currentUser = currentUser;
        addClassName("association-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        Optional<Association> found =
                e.getRouteParameters().getLong("id").flatMap(id -> associations.find(new AssociationId(id)));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        association = found.get();
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        Association a = association();
        Div header = new Div();
        header.addClassName("association-header");
        if (a.logoShown()) {
            Image logo = new Image(
                    AssociationLogoService.logoPath(a.id()), getTranslation("associations.logo.alt", a.name()));
            logo.addClassName("association-logo");
            logo.setMaxHeight("96px");
            header.add(logo);
        }
        header.add(Written.text(new H1(a.name())));
        add(header);
        Div badges = new Div();
        badges.addClassName("event-facts");
        new AssociationCard(a, List.of()).badges(a).forEach(badges::add);
        add(badges);
        if (!a.verified()) {
            add(new Paragraph(getTranslation("associations.unverified.explained")));
        }
        if (a.suspended()) {
            Paragraph suspended = new Paragraph(getTranslation("associations.suspended.notice", a.suspendedReason()));
            suspended.addClassName("event-cancelled");
            add(suspended);
        }
        boolean manager = currentUser.isSignedIn() && associations.canManage(a.id());
        if (manager) {
            add(new Paragraph(new RouterLink(
                    getTranslation("associations.manage.link"),
                    ManageAssociationView.class,
                    new RouteParameters("id", a.id().toString()))));
        }

        add(new H2(getTranslation("associations.about")));
        if (a.described()) {
            // in the reader's language when written in it, else the Swedish original, marked
            add(Translated.paragraph(a.descriptions(), this));
        } else if (a.descriptionHidden() != null) {
            add(new Paragraph(getTranslation("associations.description.hidden")));
        }
        DescriptionList facts = new DescriptionList();
        fact(facts, "associations.filter.type", getTranslation("associations.type." + a.type()));
        if (!a.languages().isEmpty()) {
            fact(
                    facts,
                    "associations.form.languages",
                    ListText.of(
                            a.languages().stream()
                                    .sorted()
                                    .map(c -> LanguageNames.of(c, locale))
                                    .toList(),
                            locale));
        }
        if (!a.areas().isEmpty()) {
            fact(
                    facts,
                    "associations.form.areas",
                    ListText.of(a.areas().stream().sorted().toList(), locale));
        }
        fact(
                facts,
                "associations.fee",
                a.free() ? getTranslation("associations.free") : getTranslation("associations.feeSek", a.feeSek()));
        if (a.meetingTimes() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("associations.form.meetingTimes")),
                    new DescriptionList.Description(Translated.line(a.meetingTimesTexts(), this)));
        }
        fact(
                facts,
                "associations.form.newcomerHelp",
                getTranslation(a.newcomerHelp() ? "associations.yes" : "associations.no"));
        if (a.contactEmail() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("associations.form.contactEmail")),
                    new DescriptionList.Description(new Anchor("mailto:" + a.contactEmail(), a.contactEmail())));
        }
        if (a.contactPhone() != null) {
            fact(facts, "associations.form.contactPhone", a.contactPhone());
        }
        if (a.website() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("associations.form.website")),
                    new DescriptionList.Description(new Anchor(a.website(), a.website())));
        }
        facts.addClassName("figures");
        add(facts);

        // every upcoming event the association organises, in one query: for the activities' sign-up
        // links and for the list of events below
        List<EventSummary> organised = events.upcomingOrganisedBy(
                new OnBehalfOf(OrganisationKind.ASSOCIATION, a.id().value()), EventService.MAX_RESULTS);
        List<Activity> list = activities.of(List.of(a)).getOrDefault(a.id(), List.of());
        add(new H2(getTranslation("associations.activities.title")));
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("associations.activities.none")));
        }
        // the places of all activities at once (the municipality's published places are few)
        Map<Long, Place> placeOf = list.stream().anyMatch(act -> act.placeId() != null)
                ? places.published(new PlaceFilter(null, Set.of())).stream()
                        .collect(Collectors.toMap(p -> p.id().value(), p -> p))
                : Map.of();
        for (Activity act : list) {
            Div item = new Div();
            item.addClassName("event-card");
            // title and description in the page's language when given, else the Swedish ones, marked
            Translated.add(item, act.titles(), H3::new, this);
            item.add(new Paragraph(ActivityText.line(this, act, false)));
            if (act.placeId() != null) {
                Optional.ofNullable(placeOf.get(act.placeId()))
                        .ifPresent(p -> item.add(new Paragraph(
                                new Span(getTranslation("associations.activity.place") + " "),
                                new Anchor("places/" + p.id().value(), p.name()))));
            }
            if (!act.description().isBlank()) {
                item.add(Translated.paragraph(act.descriptions(), this));
            }
            Set<Long> ofActivity = Set.copyOf(act.eventIds());
            List<EventSummary> upcoming = organised.stream()
                    .filter(ev -> ofActivity.contains(ev.id().value()))
                    .limit(4)
                    .toList();
            if (!upcoming.isEmpty()) {
                Paragraph signUp = new Paragraph(getTranslation("associations.activity.signUp") + " ");
                for (EventSummary ev : upcoming) {
                    signUp.add(new Anchor("events/" + ev.id(), Formats.dateTime(ev.startsAt(), locale)), new Span(" "));
                }
                item.add(signUp);
            }
            add(item);
        }

        Section upcomingEvents = new Section(new H2(getTranslation("associations.events.title")));
        upcomingEvents.addClassName("association-events");
        if (organised.isEmpty()) {
            upcomingEvents.add(new Paragraph(getTranslation("associations.events.none")));
        } else {
            UnorderedList eventList = new UnorderedList();
            organised.stream()
                    .limit(EVENTS_SHOWN)
                    .forEach(ev -> eventList.add(new ListItem(new Anchor(
                            "events/" + ev.id(), ev.title() + " – " + Formats.dateTime(ev.startsAt(), locale)))));
            upcomingEvents.add(eventList);
            if (organised.size() > EVENTS_SHOWN) {
                upcomingEvents.add(
                        new Paragraph(getTranslation("associations.events.more", organised.size() - EVENTS_SHOWN)));
            }
        }
        add(upcomingEvents);

        add(new H2(getTranslation("associations.join.title")));
        requestStatus.getElement().setAttribute("role", "status");
        add(requestStatus, requestArea);
        renderRequestButtons();
    }

    private void fact(DescriptionList facts, String termKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private void renderRequestButtons() {
        requestArea.removeAll();
        if (association().suspended()) {
            return;
        }
        if (!currentUser.isSignedIn()) {
            requestArea.add(new Paragraph(new SignInLink(getTranslation("associations.join.loginFirst"))));
            return;
        }
        Button join = new Button(getTranslation("associations.join.button"), e -> openForm(RequestKind.JOIN));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClassName("join-button");
        Button ask = new Button(getTranslation("associations.ask.button"), e -> openForm(RequestKind.QUESTION));
        ask.addClassName("ask-button");
        requestArea.add(join, new Span(" "), ask);
    }

    private void openForm(RequestKind kind) {
        requestArea.removeAll();
        requestArea.add(new H3(
                getTranslation(kind == RequestKind.JOIN ? "associations.join.button" : "associations.ask.button")));
        TextArea message = new TextArea(getTranslation("associations.join.message"));
        message.setHelperText(getTranslation("associations.join.message.help"));
        message.setMaxLength(2000);
        message.setWidthFull();
        message.addClassName("request-message");
        RadioButtonGroup<ContactBy> contactBy = new RadioButtonGroup<>(getTranslation("associations.join.contactBy"));
        contactBy.setItems(ContactBy.values());
        contactBy.setItemLabelGenerator(c -> getTranslation("associations.contactBy." + c));
        contactBy.setValue(ContactBy.PLATFORM);
        TextField phone = new TextField(getTranslation("associations.form.contactPhone"));
        phone.setVisible(false);
        contactBy.addValueChangeListener(e -> phone.setVisible(e.getValue() == ContactBy.PHONE));
        Button send = new Button(getTranslation("associations.join.send"), e -> {
            try {
                requests.send(
                        association().id(),
                        kind,
                        message.getValue(),
                        UI.getCurrent().getLocale().getLanguage(),
                        contactBy.getValue(),
                        phone.getValue());
                renderRequestButtons();
                requestStatus.setText(getTranslation("associations.join.sent"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("message", message, "contactPhone", phone), this);
                message.focus();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-request");
        Button cancel = new Button(getTranslation("associations.cancel"), e -> renderRequestButtons());
        requestArea.add(message, contactBy, phone, new Div(send, new Span(" "), cancel));
        message.focus();
    }

    @Override
    public String getPageTitle() {
        return (association == null ? getTranslation("associations.list.title") : association.name()) + " – Brobygge";
    }

    /** The association, set in beforeEnter. */
    private Association association() {
        return Objects.requireNonNull(association, "set in beforeEnter");
    }
}
