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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.dialogue.TopicProposal;
import se.brobygge.dialogue.TopicProposalService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.DateTimeField;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.MultilingualField;

/**
 * Staff open a dialogue, from scratch or from a resident's proposal ({@code ?proposal=ID}), and
 * change one that has not closed yet (its texts and times; followers hear when the end moves).
 */
@Route("staff/dialogues/new")
@RouteAlias("staff/dialogues/:id/edit")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class DialogueEditorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final MultilingualField title;
    final MultilingualField background;
    final TextField department = new TextField();
    final ComboBox<String> area = new ComboBox<>();
    final DateTimeField opensAt = new DateTimeField();
    final DateTimeField closesAt = new DateTimeField();
    final MultiSelectComboBox<Language> languages = new MultiSelectComboBox<>();
    final Checkbox premoderated = new Checkbox();
    final Button save = new Button();
    private final H1 heading = new H1();
    private final DialogueService dialogues;
    private final TopicProposalService proposals;
    private @Nullable Long proposalId;
    private @Nullable Dialogue editing;

    DialogueEditorView(
            DialogueService dialogues, TopicProposalService proposals, AccountService accounts, Clock clock) {
        this.dialogues = dialogues;
        this.proposals = proposals;
        addClassName("dialogue-editor-view");
        heading.setText(getTranslation("dialogue.editor.title"));
        add(heading);
        // written in Swedish, and in any other language staff want (one field each)
        title = MultilingualField.line("title", getTranslation("dialogue.field.title"), 200, true);
        background = MultilingualField.area("background", getTranslation("dialogue.field.background"), 20_000, true);
        background.setHelperText(getTranslation("dialogue.editor.markdownHelp"));
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
        for (var f : new HasSize[] {department, area, languages}) {
            f.setWidthFull();
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.putAll(title.fields());
        fields.putAll(background.fields());
        fields.put("department", department);
        fields.put("area", area);
        fields.put("opensAt", opensAt);
        fields.put("closesAt", closesAt);
        fields.put("languages", languages);
        save.setText(getTranslation("dialogue.editor.save"));
        save.addClickListener(e -> {
            DialogueDraft draft = DialogueDraft.of(
                    title.getValue(),
                    background.getValue(),
                    department.getValue(),
                    area.getValue(),
                    opensAt.getValue(),
                    closesAt.getValue(),
                    languages.getValue().stream().map(Language::code).collect(Collectors.toSet()),
                    premoderated.getValue());
            try {
                DialogueId id = save(draft);
                getUI().ifPresent(ui -> ui.navigate(DialogueView.class, new RouteParameters("id", id.toString())));
            } catch (InvalidInputException ex) {
                HasValidation first = FieldErrors.show(ex, fields, this);
                // the language of a text with an error is shown, so its message can be read
                title.reveal();
                background.reveal();
                if (first instanceof Focusable<?> f) {
                    f.focus();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("dialogue-save");
        add(title, background, department, area, opensAt, closesAt, languages, premoderated, save);
    }

    private DialogueId save(DialogueDraft draft) {
        Dialogue changed = editing;
        if (changed != null) {
            dialogues.update(changed.id(), draft, changed.version());
            return changed.id();
        }
        return proposalId == null ? dialogues.open(draft) : proposals.accept(proposalId, draft);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").ifPresent(value -> {
            try {
                dialogues
                        .find(new DialogueId(Long.parseLong(value)))
                        .filter(d -> d.status() != DialogueStatus.CLOSED)
                        .ifPresentOrElse(this::prefill, () -> event.forwardTo(DialoguesView.class));
            } catch (NumberFormatException e) {
                event.forwardTo(DialoguesView.class);
            }
        });
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

    private void prefill(Dialogue dialogue) {
        editing = dialogue;
        heading.setText(getTranslation("dialogue.editor.editTitle"));
        save.setText(getTranslation("dialogue.editor.saveChanges"));
        title.setValue(dialogue.titles());
        background.setValue(dialogue.backgrounds());
        department.setValue(dialogue.department());
        area.setValue(dialogue.area());
        opensAt.setValue(LocalDateTime.ofInstant(dialogue.opensAt(), Formats.MUNICIPALITY_ZONE));
        closesAt.setValue(LocalDateTime.ofInstant(dialogue.closesAt(), Formats.MUNICIPALITY_ZONE));
        languages.setValue(dialogue.languages().stream()
                .flatMap(code -> Language.byCode(code).stream())
                .collect(Collectors.toSet()));
        premoderated.setValue(dialogue.premoderated());
        addComponentAtIndex(1, new Paragraph(getTranslation("dialogue.editor.editIntro")));
    }

    private void prefill(TopicProposal proposal) {
        proposalId = proposal.id();
        // a resident's proposal is in their language; staff write the Swedish question from it
        title.setValue(MultilingualText.of(proposal.title()));
        background.setValue(MultilingualText.of(proposal.description()));
        Language.byCode(proposal.language()).ifPresent(l -> languages.setValue(Set.of(l)));
        addComponentAtIndex(
                1, new Paragraph(getTranslation("dialogue.editor.fromProposal", proposal.proposedByName())));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – Brobygge";
    }
}
