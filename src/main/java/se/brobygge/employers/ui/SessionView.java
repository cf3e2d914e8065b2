package se.brobygge.employers.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.brobygge.employers.Card;
import se.brobygge.employers.CardService;
import se.brobygge.employers.Contact;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.Participant;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.RegistrationStatus;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionEditingService;
import se.brobygge.employers.SessionFollowUpService;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionRegistrationService;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.TranslatedText;
import se.brobygge.shared.ui.Written;

/** One session: when and where, seats per role, registering in a role, the participants' cards, contacts. */
@Route("employer-sessions/:id")
@PermitAll
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final SessionEditingService editor;
    private final SessionRegistrationService registrations;
    private final SessionFollowUpService followUps;
    private final CardService cards;
    private final EmployerService employers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Paragraph status = new Paragraph();
    private final Div registration = new Div();
    private final Div participantCards = new Div();
    private final Div contactsArea = new Div();
    private Session session;

    SessionView(
            SessionService sessions,
            SessionEditingService editor,
            SessionRegistrationService registrations,
            SessionFollowUpService followUps,
            CardService cards,
            EmployerService employers,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.editor = editor;
        this.registrations = registrations;
        this.followUps = followUps;
        this.cards = cards;
        this.employers = employers;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("narrow-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("registration-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        session = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> sessions.session(new SessionId(id)))
                .orElseThrow(NotFoundException::new);
        render();
    }

    private boolean staff() {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        // the theme and description in the page's language when staff gave it, else Swedish marked so
        MultilingualText.Shown theme = session.themes().in(TranslatedText.page(this));
        add(TranslatedText.text(new H1(theme.text()), theme));
        TranslatedText.mark(theme, this).ifPresent(this::add);
        if (session.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("employers.session.cancelledNotice"));
            cancelled.addClassName("session-cancelled");
            cancelled.getElement().getThemeList().add("badge error");
            add(cancelled);
            if (session.cancelReason() != null) {
                add(Written.text(new Paragraph(session.cancelReason())));
            }
        }
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("employers.session.when")),
                new DescriptionList.Description(Formats.dateTime(session.startsAt(), locale) + " – "
                        + Formats.dateTime(session.endsAt(), locale)));
        if (session.area() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("employers.session.area")),
                    new DescriptionList.Description(session.area()));
        }
        if (session.signupDeadline() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("employers.session.deadline")),
                    new DescriptionList.Description(Formats.dateTime(session.signupDeadline(), locale)));
        }
        facts.addClassName("figures");
        add(facts);
        if (!session.description().isBlank()) {
            MultilingualText.Shown description = session.descriptions().in(TranslatedText.page(this));
            TranslatedText.mark(description, this).ifPresent(this::add);
            add(TranslatedText.text(new Paragraph(description.text()), description));
        }
        if (session.placeId() != null) {
            add(new Paragraph(new Anchor("places/" + session.placeId(), getTranslation("employers.session.place"))));
        }
        add(new H2(getTranslation("employers.session.seats")));
        UnorderedList seats = new UnorderedList();
        for (ParticipantRole role : ParticipantRole.values()) {
            int quota = session.quotas().getOrDefault(role, 0);
            if (quota > 0) {
                seats.add(new ListItem(getTranslation(
                        "employers.session.seatsOfRole",
                        getTranslation("employers.role." + role),
                        quota,
                        session.seatsLeft(role))));
            }
        }
        add(seats);
        if (staff()) {
            add(
                    new Paragraph(new RouterLink(
                            getTranslation("employers.session.seating"),
                            SeatingView.class,
                            new RouteParameters("id", session.id().toString()))),
                    new Paragraph(new RouterLink(
                            getTranslation("employers.session.report"),
                            SessionReportView.class,
                            new RouteParameters("id", session.id().toString()))));
            if (!session.cancelled() && !session.past(clock.instant())) {
                add(new SessionStaffActions(
                        session, editor, () -> reload(getTranslation("employers.session.cancelledDone"))));
            }
        }
        add(new H2(getTranslation("employers.session.register")), status, registration);
        add(participantCards, contactsArea);
        renderRegistration();
    }

    private void renderRegistration() {
        registration.removeAll();
        participantCards.removeAll();
        contactsArea.removeAll();
        boolean past = session.past(clock.instant());
        Optional<Participant> mine = registrations.mine(session.id());
        registration.add(
                new Paragraph(new RouterLink(getTranslation("employers.session.myCard"), CardEditorView.class)));
        if (session.cancelled()) {
            status.setText(getTranslation("employers.session.cancelledNotice"));
        } else if (mine.isPresent()) {
            Participant p = mine.get();
            status.setText(getTranslation(
                    p.status() == RegistrationStatus.CONFIRMED
                            ? "employers.session.confirmed"
                            : "employers.session.waiting",
                    getTranslation("employers.role." + p.role())));
            if (!past) {
                Button cancel = new Button(getTranslation("employers.session.cancel"), e -> {
                    registrations.cancel(session.id());
                    reload(getTranslation("employers.session.cancelled"));
                });
                cancel.addClassName("session-cancel");
                registration.add(cancel);
            }
        } else if (past) {
            status.setText(getTranslation("employers.session.over"));

        } else {
            status.setText("");
            Select<ParticipantRole> role = new Select<>();
            role.setLabel(getTranslation("employers.session.role"));
            role.setItems(Arrays.stream(ParticipantRole.values())
                    .filter(r -> session.quotas().getOrDefault(r, 0) > 0)
                    .toList());
            role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("employers.role." + r));
            Select<Employer> employer = new Select<>();
            employer.setLabel(getTranslation("employers.session.employer"));
            List<Employer> myEmployers = employers.mine();
            employer.setItems(myEmployers);
            employer.setItemLabelGenerator(x -> x == null ? "" : x.name());
            employer.setHelperText(
                    myEmployers.isEmpty()
                            ? getTranslation("employers.session.employer.none")
                            : getTranslation("employers.session.employer.help"));
            employer.setVisible(false);
            role.addValueChangeListener(e ->
                    employer.setVisible(e.getValue() != null && e.getValue().representsEmployer()));
            Button register = new Button(getTranslation("employers.session.registerButton"), e -> {
                if (role.getValue() == null) {
                    role.setErrorMessage(getTranslation("employers.validation.required"));
                    role.setInvalid(true);
                    return;
                }
                try {
                    Participant p = registrations.register(
                            session.id(),
                            role.getValue(),
                            employer.getValue() == null
                                    ? null
                                    : employer.getValue().id());
                    reload(getTranslation(
                            p.status() == RegistrationStatus.CONFIRMED
                                    ? "employers.session.doneConfirmed"
                                    : "employers.session.doneWaiting"));
                } catch (InvalidInputException ex) {
                    FieldErrors.show(
                            ex,
                            Map.<String, HasValidation>of("employer", employer, "role", role, "session", role),
                            this);
                }
            });
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.addClassName("session-register");
            registration.add(role, employer, register);
        }
        boolean seated =
                mine.map(p -> p.status() == RegistrationStatus.CONFIRMED).orElse(false);
        if (seated || staff()) {
            List<Card> visible = cards.cardsAt(session.id());
            participantCards.add(new H2(getTranslation("employers.session.cards")));
            if (visible.isEmpty()) {
                participantCards.add(new Paragraph(getTranslation("employers.session.noCards")));
            }
            Locale locale = UI.getCurrent().getLocale();
            visible.forEach(c -> participantCards.add(new CardPanel(c, locale)));
            if (past && seated) {
                renderContacts(visible);
            }
        }
    }

    private void renderContacts(List<Card> visible) {
        AccountId me = currentUser.require();
        contactsArea.add(new H2(getTranslation("employers.session.contacts")));
        Select<Card> with = new Select<>();
        with.setLabel(getTranslation("employers.session.contactWith"));
        with.setItems(visible.stream().filter(c -> !c.accountId().equals(me)).toList());
        with.setItemLabelGenerator(c -> c == null ? "" : c.displayName());
        Button save = new Button(getTranslation("employers.session.contactSave"), e -> {
            if (with.getValue() == null) {
                return;
            }
            try {
                followUps.recordContact(session.id(), me, with.getValue().accountId());
                reload(getTranslation("employers.session.contactSaved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("contact", with), this);
            }
        });
        UnorderedList list = new UnorderedList();
        for (Contact c : followUps.contacts(session.id())) {
            list.add(new ListItem(getTranslation("employers.session.contactLine", c.fromName(), c.toName())));
        }
        contactsArea.add(with, save, list);
    }

    private void reload(String message) {
        session = sessions.session(session.id()).orElse(session);
        render();
        Notification.show(message);
    }

    @Override
    public String getPageTitle() {
        return (session == null
                        ? getTranslation("employers.sessions.title")
                        : session.themes().in(TranslatedText.page(this)).text())
                + " – Brobygge";
    }
}
