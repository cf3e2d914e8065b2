package se.brobygge.mentoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.PoolEntry;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.RoundId;
import se.brobygge.mentoring.RoundService;
import se.brobygge.mentoring.RoundSummary;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.Written;

/** Staff start matching rounds for chosen mentees and mentors and open earlier rounds. */
@Route("staff/mentoring/rounds")
@Menu(order = 103, title = "nav.mentoringRounds", icon = "vaadin:connect")
@RolesAllowed(Roles.STAFF)
class RoundsView extends Main implements HasDynamicTitle {

    private final RoundService rounds;
    final TextField name = new TextField();
    final MultiSelectComboBox<PoolEntry> mentees = new MultiSelectComboBox<>();
    final MultiSelectComboBox<PoolEntry> mentors = new MultiSelectComboBox<>();
    final Button start = new Button();
    final Paragraph status = new Paragraph();
    final UnorderedList list = new UnorderedList();

    RoundsView(RoundService rounds, ProfileService profiles) {
        this.rounds = rounds;
        add(new H1(getTranslation("mentoring.rounds.title")));
        List<PoolEntry> pool = profiles.pool();
        List<PoolEntry> poolMentees = pool.stream().filter(PoolEntry::mentee).toList();
        List<PoolEntry> poolMentors = pool.stream().filter(p -> !p.mentee()).toList();
        Section create = new Section(new H2(getTranslation("mentoring.rounds.new")));
        create.add(new Paragraph(getTranslation("mentoring.rounds.pool", poolMentees.size(), poolMentors.size())));
        name.setLabel(getTranslation("mentoring.rounds.name"));
        name.setMaxLength(200);
        name.setWidthFull();
        mentees.setLabel(getTranslation("mentoring.rounds.mentees"));
        mentees.setItems(poolMentees);
        mentees.setValue(Set.copyOf(poolMentees));
        mentors.setLabel(getTranslation("mentoring.rounds.mentors"));
        mentors.setItems(poolMentors);
        mentors.setValue(Set.copyOf(poolMentors));
        for (MultiSelectComboBox<PoolEntry> box : List.of(mentees, mentors)) {
            box.setItemLabelGenerator(p -> p.displayName() + " ("
                    + Texts.join(p.languages().stream()
                            .sorted()
                            .map(code -> Texts.language(this, code))
                            .toList()) + ")");
            box.setWidthFull();
        }
        start.setText(getTranslation("mentoring.rounds.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        status.getElement().setAttribute("role", "status");
        create.add(name, mentees, mentors, start, status);
        add(create, new H2(getTranslation("mentoring.rounds.title")), list);
        showRounds();
    }

    private void start() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("mentees", mentees);
        fields.put("mentors", mentors);
        FieldErrors.clear(fields);
        try {
            RoundId id = rounds.start(
                    name.getValue(),
                    mentees.getValue().stream().map(PoolEntry::accountId).toList(),
                    mentors.getValue().stream().map(PoolEntry::accountId).toList());
            getUI().ifPresent(ui -> ui.navigate(RoundView.class, new RouteParameters(RoundView.ID, id.toString())));
        } catch (InvalidInputException e) {
            FieldErrors.show(e, fields, this);
            status.setText(getTranslation(e.errors().getFirst().messageKey()));
        }
    }

    private void showRounds() {
        Locale locale = Texts.locale(this);
        List<RoundSummary> all = rounds.rounds();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("mentoring.rounds.none")));
        }
        for (RoundSummary r : all) {
            list.add(new ListItem(
                    Written.text(new RouterLink(
                            r.name(), RoundView.class, new RouteParameters(RoundView.ID, r.id().toString()))),
                    new Span(" – "
                            + getTranslation(
                                    "mentoring.roundStatus." + r.status().name())
                            + ", " + Formats.date(r.createdAt(), locale) + ", " + r.mentees() + " / " + r.mentors()
                            + ", " + getTranslation("mentoring.rounds.column.proposals") + ": " + r.proposals())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.rounds.title") + " – Brobygge";
    }
}
