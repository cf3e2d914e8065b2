package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.TopicProposal;
import se.brobygge.dialogue.TopicProposalService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.DateTimeField;
import se.brobygge.shared.ui.FieldErrors;

/** Staff open a dialogue, from scratch or from a resident's proposal ({@code ?proposal=ID}). */
@Route("staff/dialogues/new")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class DialogueEditorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField title = new TextField();
    final TextArea background = new TextArea();
    final TextField department = new TextField();
    final ComboBox<String> area = new ComboBox<>();
    final DateTimeField opensAt = new DateTimeField();
    final DateTimeField closesAt = new DateTimeField();
    final MultiSelectComboBox<Language> languages = new MultiSelectComboBox<>();
    final Checkbox premoderated = new Checkbox();
    private final TopicProposalService proposals;
    private @Nullable Long proposalId;

    DialogueEditorView(
            DialogueService dialogues, TopicProposalService proposals, AccountService accounts, Clock clock) {
        this.proposals = proposals;
        addClassName("dialogue-editor-view");
        add(new H1(getTranslation("dialogue.editor.title")));
        title.setLabel(getTranslation("dialogue.field.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        background.setLabel(getTranslation("dialogue.field.background"));
        background.setHelperText(getTranslation("dialogue.editor.markdownHelp"));
        background.setMaxLength(20_000);
        background.setRequiredIndicatorVisible(true);
        department.setLabel(getTranslation("dialogue.field.department"));
        department.setMaxLength(120);
        department.setRequiredIndicatorVisible(true);
        area.setLabel(getTranslation("dialogue.field.area"));
        area.setItems(accounts.areas());
        area.setClearButtonVisible(true);
        opensAt.setLabel(getTranslation("dialogue.field.opensAt"));
        closesAt.setLabel(getTranslation("dialogue.field.closesAt"));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE)
                .truncatedTo(ChronoUnit.HOURS);
        opensAt.setValue(now);
        closesAt.setValue(now.plusWeeks(3));
        languages.setLabel(getTranslation("dialogue.field.languages"));
        languages.setItems(Arrays.asList(Language.values()));
        languages.setItemLabelGenerator(l -> LanguageNames.label(l.code(), getLocale()));
        premoderated.setLabel(getTranslation("dialogue.field.premoderatedLabel"));
        for (var f : new HasSize[] {title, background, department, area, languages}) {
            f.setWidthFull();
        }
        Map<String, HasValidation> fields = Map.of(
                "title",
                title,
                "background",
                background,
                "department",
                department,
                "area",
                area,
                "opensAt",
                opensAt,
                "closesAt",
                closesAt,
                "languages",
                languages);
        Button save = new Button(getTranslation("dialogue.editor.save"), e -> {
            DialogueDraft draft = new DialogueDraft(
                    title.getValue(),
                    background.getValue(),
                    department.getValue(),
                    area.getValue(),
                    opensAt.getValue(),
                    closesAt.getValue(),
                    languages.getValue().stream().map(Language::code).collect(Collectors.toSet()),
                    premoderated.getValue());
            try {
                DialogueId id = proposalId == null ? dialogues.open(draft) : proposals.accept(proposalId, draft);
                getUI().ifPresent(ui -> ui.navigate(DialogueView.class, new RouteParameters("id", id.toString())));
            } catch (InvalidInputException ex) {
                HasValidation first = FieldErrors.show(ex, fields, this);
                if (first instanceof Focusable<?> f) {
                    f.focus();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("dialogue-save");
        add(title, background, department, area, opensAt, closesAt, languages, premoderated, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("proposal").ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                proposals.waiting().stream()
                        .filter(p -> p.id() == id)
                        .findFirst()
                        .ifPresent(this::prefill);
            } catch (NumberFormatException ignored) {
                // an edited address opens an empty form
            }
        });
    }

    private void prefill(TopicProposal proposal) {
        proposalId = proposal.id();
        title.setValue(proposal.title());
        background.setValue(proposal.description());
        Language.byCode(proposal.language()).ifPresent(l -> languages.setValue(Set.of(l)));
        addComponentAtIndex(
                1, new Paragraph(getTranslation("dialogue.editor.fromProposal", proposal.proposedByName())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dialogue.editor.title") + " – Brobygge";
    }
}
