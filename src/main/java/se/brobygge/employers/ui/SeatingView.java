package se.brobygge.employers.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.Participant;
import se.brobygge.employers.SeatingPlan;
import se.brobygge.employers.SeatingRule;
import se.brobygge.employers.SeatingService;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.Written;

/**
 * Staff plan the tables: the solver works in the background while the page shows its progress;
 * then the room as a picture, tables to lock, people to swap or move, broken rules explained with a
 * way to relax them, and the printout.
 */
@Route("employer-sessions/:id/seating")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class SeatingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final SeatingService seating;
    final IntegerField tableSize = new IntegerField();
    final Button solve = new Button();
    final ProgressBar progressBar = new ProgressBar();
    final Paragraph progress = new Paragraph();
    final Div explanation = new Div();
    final Div room = new Div();
    final Div tables = new Div();
    final Div handChanges = new Div();
    private final Set<SeatingRule> relaxed = EnumSet.noneOf(SeatingRule.class);
    private Session session;
    private SeatingService.@Nullable Run running;

    SeatingView(SessionService sessions, SeatingService seating) {
        this.sessions = sessions;
        this.seating = seating;
        addClassName("seating-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        session = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> sessions.session(new SessionId(id)))
                .orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(getTranslation("employers.seating.title", session.theme())));
        tableSize.setLabel(getTranslation("employers.seating.tableSize"));
        tableSize.setHelperText(getTranslation("employers.seating.tableSize.help"));
        tableSize.setMin(2);
        tableSize.setStepButtonsVisible(true);
        tableSize.setValue(session.tableSize());
        solve.setText(getTranslation("employers.seating.solve"));
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(click -> start());
        progressBar.setIndeterminate(true);
        progressBar.setVisible(false);
        progressBar.getElement().setAttribute("aria-label", getTranslation("employers.seating.solving"));
        progress.getElement().setAttribute("role", "status");
        progress.getElement().setAttribute("aria-live", "polite");
        progress.addClassName("seating-progress");
        SessionId id = session.id();
        Locale locale = UI.getCurrent().getLocale();
        Anchor print = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] pdf = seating.printout(id, key -> getTranslation(locale, key), locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf),
                            "bordsplacering-" + id + ".pdf",
                            "application/pdf",
                            pdf.length);
                }),
                getTranslation("employers.seating.print"));
        print.addClassName("seating-print");
        add(tableSize, solve, progressBar, progress, explanation, new Paragraph(print), room, tables, handChanges);
        render(seating.plan(id, relaxed));
    }

    private void start() {
        if (tableSize.getValue() == null) {
            tableSize.setErrorMessage(getTranslation("employers.validation.required"));
            tableSize.setInvalid(true);
            return;
        }
        UI ui = UI.getCurrent();
        try {
            running = seating.start(
                    session.id(),
                    tableSize.getValue(),
                    Set.copyOf(relaxed),
                    p -> ui.access(() -> progress.setText(getTranslation(
                            "employers.seating.progress",
                            Math.round(p.elapsedMillis() / 100.0) / 10.0,
                            p.hardBreaks(),
                            p.repeatPairs()))),
                    plan -> ui.access(() -> {
                        running = null;
                        ui.setPollInterval(-1);
                        progressBar.setVisible(false);
                        solve.setEnabled(true);
                        progress.setText(getTranslation(
                                plan.breaks().isEmpty() ? "employers.seating.done" : "employers.seating.doneWithBreaks",
                                plan.tables().size(),
                                plan.repeatPairs()));
                        render(plan);
                    }));
        } catch (InvalidInputException ex) {
            FieldErrors.show(ex, Map.of("tableSize", tableSize), this);
            return;
        }
        tableSize.setInvalid(false);
        solve.setEnabled(false);
        progressBar.setVisible(true);
        progress.setText(getTranslation("employers.seating.solving"));
        // no server push here: the page asks for news twice a second while the solver works
        ui.setPollInterval(500);
    }

    private void render(SeatingPlan plan) {
        explanation.removeAll();
        room.removeAll();
        tables.removeAll();
        handChanges.removeAll();
        for (SeatingPlan.RuleBreak b : plan.breaks()) {
            Div box = new Div();
            box.addClassName("seating-break");
            box.add(new Paragraph(getTranslation(
                    "employers.seating.break." + b.rule(),
                    ListText.of(b.tables().stream().map(String::valueOf).toList(), getLocale()))));
            if (b.rule() != SeatingRule.TABLE_SIZE) {
                Button relax = new Button(getTranslation("employers.seating.relax." + b.rule()), click -> {
                    relaxed.add(b.rule());
                    start();
                });
                relax.addClassName("seating-relax");
                box.add(relax);
            }
            explanation.add(box);
        }
        if (!relaxed.isEmpty()) {
            explanation.add(new Paragraph(getTranslation(
                    "employers.seating.relaxed",
                    ListText.of(
                            relaxed.stream()
                                    .map(r -> getTranslation("employers.seating.rule." + r))
                                    .toList(),
                            getLocale()))));
        }
        if (plan.empty()) {
            room.add(new Paragraph(
                    getTranslation("employers.seating.noPlan", plan.unseated().size())));
            return;
        }
        room.add(new H2(getTranslation("employers.seating.room")));
        Svg picture = new Svg(RoomPicture.svg(
                plan,
                this::getTranslation,
                getTranslation(
                        "employers.seating.roomTitle",
                        session.theme(),
                        plan.tables().size())));
        picture.addClassName("room-picture");
        room.add(picture);
        tables.add(new H2(getTranslation("employers.seating.tables")));
        List<Participant> everyone = new ArrayList<>();
        for (SeatingPlan.PlanTable table : plan.tables()) {
            Div box = new Div();
            box.addClassName("seating-table");
            box.add(new H3(getTranslation(
                    "employers.seating.tableHeading",
                    table.number(),
                    table.sharedLanguages().isEmpty()
                            ? "–"
                            : ListText.of(
                                    table.sharedLanguages().stream()
                                            .map(code -> LanguageNames.of(code, getLocale()))
                                            .toList(),
                                    getLocale()))));
            UnorderedList people = new UnorderedList();
            table.people().forEach(p -> {
                everyone.add(p);
                people.add(new ListItem(Written.isolate(p.displayName()) + " – "
                        + getTranslation("employers.role." + p.role())
                        + (p.organisationName() == null ? "" : ", " + Written.isolate(p.organisationName()))));
            });
            Checkbox lock = new Checkbox(getTranslation("employers.seating.lock", table.number()), table.locked());
            lock.addValueChangeListener(e -> {
                seating.lock(session.id(), table.number(), e.getValue());
                render(seating.plan(session.id(), relaxed));
            });
            box.add(people, lock);
            tables.add(box);
        }
        everyone.addAll(plan.unseated());
        handChanges.add(new H2(getTranslation("employers.seating.byHand")));
        Select<Participant> first = person(everyone, "employers.seating.personA");
        Select<Participant> second = person(everyone, "employers.seating.personB");
        Button swap = new Button(getTranslation("employers.seating.swap"), click -> {
            if (first.getValue() != null && second.getValue() != null) {
                try {
                    seating.swap(
                            session.id(),
                            first.getValue().accountId(),
                            second.getValue().accountId());
                    progress.setText(getTranslation("employers.seating.swapped"));
                    render(seating.plan(session.id(), relaxed));
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, Map.of("table", first), this);
                }
            }
        });
        IntegerField toTable = new IntegerField(getTranslation("employers.seating.toTable"));
        toTable.setMin(1);
        Button move = new Button(getTranslation("employers.seating.move"), click -> {
            if (first.getValue() != null && toTable.getValue() != null) {
                try {
                    seating.move(session.id(), first.getValue().accountId(), toTable.getValue());
                    progress.setText(getTranslation("employers.seating.moved"));
                    render(seating.plan(session.id(), relaxed));
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, Map.of("table", toTable), this);
                }
            }
        });
        handChanges.add(first, second, swap, toTable, move);
    }

    private Select<Participant> person(List<Participant> people, String labelKey) {
        Select<Participant> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(people);
        select.setItemLabelGenerator(p -> p == null
                ? ""
                : p.displayName()
                        + (p.table() == null
                                ? ""
                                : " ("
                                        + getTranslation("employers.print.table")
                                                .replace("{0}", p.table().toString()) + ")"));
        return select;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (running != null) {
            running.cancel();
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.seating.title", session == null ? "" : session.theme()) + " – Brobygge";
    }
}
