package se.brobygge.employers.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionDraft;
import se.brobygge.employers.SessionEditingService;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.DateTimeField;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.MultilingualField;

/**
 * Staff create a session or a series: theme, place, time, seats and a quota per role; and change a
 * coming one's theme, texts, place and time (seats and quotas stay).
 */
@Route("staff/employer-sessions/new")
@RouteAlias("staff/employer-sessions/:id/edit")
@Menu(order = 104.5, title = "employers.nav.newSession", icon = "vaadin:handshake")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class SessionEditorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final MultilingualField theme;
    final MultilingualField description;
    final Select<Place> place = new Select<>();
    final DateTimeField startsAt = new DateTimeField();
    final DateTimeField endsAt = new DateTimeField();
    final DateTimeField deadline = new DateTimeField();
    final IntegerField seats = new IntegerField();
    final Map<ParticipantRole, IntegerField> quotas = new EnumMap<>(ParticipantRole.class);
    final IntegerField repeat = new IntegerField();
    final IntegerField interval = new IntegerField();
    final Button save = new Button();
    private final H1 heading = new H1();
    private final Div createOnly = new Div();
    private final SessionService sessions;
    private final List<Place> published;
    private @Nullable Session editing;

    SessionEditorView(SessionService sessions, SessionEditingService editor, PlaceService places) {
        this.sessions = sessions;
        addClassName("narrow-view");
        heading.setText(getTranslation("employers.editor.title"));
        add(heading);
        // written in Swedish, and in any other language staff want (one field each)
        theme = MultilingualField.line("theme", getTranslation("employers.editor.theme"), 150, true);
        description =
                MultilingualField.area("description", getTranslation("employers.editor.description"), 5000, false);
        place.setLabel(getTranslation("employers.editor.place"));
        place.setHelperText(getTranslation("employers.editor.place.help"));
        published = places.published(PlaceFilter.ALL);
        place.setItems(published);
        place.setItemLabelGenerator(
                p -> p == null ? "" : p.name() + " (" + p.details().area() + ")");
        startsAt.setLabel(getTranslation("employers.editor.startsAt"));
        endsAt.setLabel(getTranslation("employers.editor.endsAt"));
        deadline.setLabel(getTranslation("employers.editor.deadline"));
        seats.setLabel(getTranslation("employers.editor.seats"));
        seats.setHelperText(getTranslation("employers.editor.seats.help"));
        seats.setValue(40);
        int[] defaults = {16, 12, 4, 4, 4};
        FormLayout quotaForm = new FormLayout();
        quotaForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        for (ParticipantRole role : ParticipantRole.values()) {
            IntegerField field = new IntegerField(getTranslation("employers.role." + role));
            field.setMin(0);
            field.setValue(defaults[role.ordinal()]);
            quotas.put(role, field);
            quotaForm.add(field);
        }
        repeat.setLabel(getTranslation("employers.editor.repeat"));
        repeat.setHelperText(getTranslation("employers.editor.repeat.help"));
        repeat.setValue(1);
        interval.setLabel(getTranslation("employers.editor.interval"));
        interval.setValue(4);
        save.setText(getTranslation("employers.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(theme, description, place, startsAt, endsAt, deadline, seats);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout series = new FormLayout(repeat, interval);
        series.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        createOnly.add(
                new H2(getTranslation("employers.editor.quotas")),
                quotaForm,
                new H2(getTranslation("employers.editor.series")),
                series);
        add(form, createOnly, save);

        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of(
                "placeId",
                place,
                "startsAt",
                startsAt,
                "endsAt",
                endsAt,
                "signupDeadline",
                deadline,
                "seats",
                seats,
                "repeat",
                repeat,
                "intervalWeeks",
                interval));
        fields.putAll(theme.fields());
        fields.putAll(description.fields());
        quotas.forEach((role, field) -> fields.put("quota." + role, field));
        save.addClickListener(e -> {
            Map<ParticipantRole, Integer> q = new EnumMap<>(ParticipantRole.class);
            quotas.forEach((role, field) -> q.put(role, field.getValue() == null ? 0 : field.getValue()));
            try {
                SessionDraft draft = SessionDraft.builder()
                        .themes(theme.getValue())
                        .descriptions(description.getValue())
                        .placeId(
                                place.getValue() == null
                                        ? null
                                        : place.getValue().id().value())
                        .area(
                                place.getValue() == null
                                        ? null
                                        : place.getValue().details().area())
                        .startsAt(startsAt.getValue())
                        .endsAt(endsAt.getValue())
                        .signupDeadline(deadline.getValue())
                        .seats(seats.getValue())
                        .quotas(q)
                        .repeat(repeat.getValue() == null ? 1 : repeat.getValue())
                        .intervalWeeks(interval.getValue() == null ? 1 : interval.getValue())
                        .build();
                Session changed = editing;
                SessionId shown;
                if (changed == null) {
                    shown = sessions.create(draft).getFirst();
                } else {
                    editor.change(changed.id(), draft, changed.version());
                    shown = changed.id();
                }
                FieldErrors.clear(fields);
                UI.getCurrent().navigate(SessionView.class, new RouteParameters("id", shown.toString()));
            } catch (InvalidInputException ex) {
                HasValidation first = FieldErrors.show(ex, fields, this);
                // the language of a text with an error is shown, so its message can be read
                theme.reveal();
                description.reveal();
                if (first instanceof Focusable<?> f) {
                    f.focus();
                }
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters()
                .getLong("id")
                .ifPresent(id -> sessions.session(new SessionId(id))
                        .filter(s -> !s.cancelled())
                        .ifPresentOrElse(this::prefill, () -> event.forwardTo(SessionsView.class)));
    }

    private void prefill(Session session) {
        editing = session;
        heading.setText(getTranslation("employers.editor.editTitle"));
        save.setText(getTranslation("employers.editor.saveChanges"));
        createOnly.setVisible(false);
        theme.setValue(session.themes());
        description.setValue(session.descriptions());
        Long placeId = session.placeId();
        published.stream()
                .filter(p -> Objects.equals(p.id().value(), placeId))
                .findFirst()
                .ifPresent(place::setValue);
        startsAt.setValue(LocalDateTime.ofInstant(session.startsAt(), Formats.MUNICIPALITY_ZONE));
        endsAt.setValue(LocalDateTime.ofInstant(session.endsAt(), Formats.MUNICIPALITY_ZONE));
        Instant until = session.signupDeadline();
        deadline.setValue(until == null ? null : LocalDateTime.ofInstant(until, Formats.MUNICIPALITY_ZONE));
        seats.setValue(session.seats());
        seats.setReadOnly(true);
        addComponentAtIndex(1, new Paragraph(getTranslation("employers.editor.editIntro")));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – Brobygge";
    }
}
