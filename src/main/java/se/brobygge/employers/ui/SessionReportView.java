package se.brobygge.employers.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.employers.OutcomeKind;
import se.brobygge.employers.Participant;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.RegistrationStatus;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionFollowUpService;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionRegistrationService;
import se.brobygge.employers.SessionReport;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.FieldErrors;

/** After a session: staff record contacts and outcomes; counts per outcome and role, and the series' trend. */
@Route("employer-sessions/:id/report")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class SessionReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final SessionRegistrationService registrations;
    private final SessionFollowUpService followUps;
    private Session session;
    final Paragraph status = new Paragraph();

    SessionReportView(
            SessionService sessions, SessionRegistrationService registrations, SessionFollowUpService followUps) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.followUps = followUps;
        addClassName("narrow-view");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        session = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> sessions.session(new SessionId(id)))
                .orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        add(new H1(getTranslation("employers.report.title", session.theme())), status);
        List<SessionReport> reports = followUps.report(session.id());
        Grid<SessionReport> grid = new Grid<>();
        grid.addColumn(r -> Formats.date(r.startsAt(), locale)).setHeader(getTranslation("employers.report.date"));
        grid.addColumn(r -> r.participants().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .setHeader(getTranslation("employers.report.participants"));
        grid.addColumn(SessionReport::contacts).setHeader(getTranslation("employers.report.contacts"));
        for (OutcomeKind kind : OutcomeKind.values()) {
            grid.addColumn(r -> r.outcomes().getOrDefault(kind, 0))
                    .setHeader(getTranslation("employers.outcome." + kind));
        }
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("employers.report.trend"));
        add(new H2(getTranslation("employers.report.trend")), grid);
        SessionReport mine = reports.stream()
                .filter(r -> r.id().equals(session.id()))
                .findFirst()
                .orElseThrow();
        add(new H2(getTranslation("employers.report.perRole")));
        UnorderedList perRole = new UnorderedList();
        for (ParticipantRole role : ParticipantRole.values()) {
            perRole.add(new ListItem(getTranslation(
                    "employers.report.roleLine",
                    getTranslation("employers.role." + role),
                    mine.participants().getOrDefault(role, 0),
                    mine.outcomesByRole().getOrDefault(role, 0))));
        }
        add(perRole);

        List<Participant> seated = registrations.participants(session.id()).stream()
                .filter(p -> p.status() == RegistrationStatus.CONFIRMED)
                .toList();
        add(new H2(getTranslation("employers.report.recordOutcome")));
        Select<Participant> person = new Select<>();
        person.setLabel(getTranslation("employers.report.person"));
        person.setItems(seated);
        person.setItemLabelGenerator(
                p -> p == null ? "" : p.displayName() + " – " + getTranslation("employers.role." + p.role()));
        Select<OutcomeKind> kind = new Select<>();
        kind.setLabel(getTranslation("employers.report.kind"));
        kind.setItems(Arrays.asList(OutcomeKind.values()));
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("employers.outcome." + k));
        DateField date = new DateField(getTranslation("employers.report.occurredOn"));
        Map<String, HasValidation> fields =
                Map.<String, HasValidation>of("person", person, "kind", kind, "occurredOn", date);
        Button save = new Button(getTranslation("employers.report.save"), click -> {
            if (person.getValue() == null) {
                person.setErrorMessage(getTranslation("employers.validation.required"));
                person.setInvalid(true);
                return;
            }
            try {
                followUps.recordOutcome(session.id(), person.getValue().accountId(), kind.getValue(), date.getValue());
                render();
                status.setText(getTranslation("employers.report.saved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(person, kind, date, save);
        UnorderedList recorded = new UnorderedList();
        followUps
                .outcomes(session.id())
                .forEach(o -> recorded.add(new ListItem(getTranslation(
                        "employers.report.outcomeLine",
                        o.displayName(),
                        getTranslation("employers.outcome." + o.kind()),
                        o.occurredOn().toString()))));
        add(recorded);

        add(new H2(getTranslation("employers.report.recordContact")));
        Select<Participant> from = new Select<>();
        from.setLabel(getTranslation("employers.report.from"));
        from.setItems(seated);
        from.setItemLabelGenerator(p -> p == null ? "" : p.displayName());
        Select<Participant> to = new Select<>();
        to.setLabel(getTranslation("employers.report.to"));
        to.setItems(seated);
        to.setItemLabelGenerator(p -> p == null ? "" : p.displayName());
        Button contact = new Button(getTranslation("employers.report.saveContact"), click -> {
            if (from.getValue() == null || to.getValue() == null) {
                return;
            }
            try {
                followUps.recordContact(
                        session.id(), from.getValue().accountId(), to.getValue().accountId());
                render();
                status.setText(getTranslation("employers.session.contactSaved"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("contact", to), this);
            }
        });
        UnorderedList contacts = new UnorderedList();
        followUps
                .contacts(session.id())
                .forEach(c -> contacts.add(
                        new ListItem(getTranslation("employers.session.contactLine", c.fromName(), c.toName()))));
        add(from, to, contact, contacts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.report.title", session == null ? "" : session.theme()) + " – Brobygge";
    }
}
