package se.brobygge.employers.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.LanguageLevel;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingDraft;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingService;
import se.brobygge.identity.AccountService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.shared.ui.OccupationField;

/** A representative posts an internship or a job, or changes one already posted. */
@Route("employers/:id/postings/new")
@RouteAlias("employers/:id/postings/:postingId/edit")
@PermitAll
class PostingEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployerService employers;
    private final PostingService postings;
    private final AccountService accounts;
    final Select<PostingKind> kind = new Select<>();
    final MultilingualField title;
    OccupationField occupation;
    final MultilingualField description;
    final Select<String> area = new Select<>();
    final DateField from = new DateField();
    final DateField to = new DateField();
    final MultilingualField hours;
    final Select<LanguageLevel> level = new Select<>();
    final MultilingualField support;
    final MultilingualField accessibility;
    final TextField contact = new TextField();
    final Button publish = new Button();

    PostingEditorView(EmployerService employers, PostingService postings, AccountService accounts) {
        this.employers = employers;
        this.postings = postings;
        this.accounts = accounts;
        // the employer's texts in Swedish, and in any other language they want (one field each)
        title = MultilingualField.line("title", getTranslation("employers.posting.title"), 150, true);
        description =
                MultilingualField.area("description", getTranslation("employers.posting.description"), 5000, true);
        hours = MultilingualField.line("hours", getTranslation("employers.posting.hours"), 80, true);
        support = MultilingualField.area("support", getTranslation("employers.posting.support"), 2000, false);
        accessibility =
                MultilingualField.area("accessibility", getTranslation("employers.posting.accessibility"), 2000, false);
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        Employer employer = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> employers.employerIRepresent(new EmployerId(id)))
                .orElseThrow(NotFoundException::new);
        Optional<Posting> editing = e.getRouteParameters()
                .getLong("postingId")
                .flatMap(id -> postings.posting(new PostingId(id)))
                .filter(p -> p.employerId().equals(employer.id()));
        if (e.getRouteParameters().get("postingId").isPresent() && editing.isEmpty()) {
            throw new NotFoundException();
        }
        Locale locale = UI.getCurrent().getLocale();
        removeAll();
        add(new H1(
                editing.isPresent()
                        ? getTranslation("employers.posting.edit", editing.get().title())
                        : getTranslation("employers.posting.new", employer.name())));
        if (!employer.verified()) {
            add(new Paragraph(getTranslation("employers.posting.needsApproval")));
        }
        kind.setLabel(getTranslation("employers.posting.kind"));
        kind.setItems(Arrays.asList(PostingKind.values()));
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("employers.postingKind." + k));
        kind.setValue(PostingKind.INTERNSHIP);
        occupation = new OccupationField(getTranslation("employers.posting.occupation"), locale);
        area.setLabel(getTranslation("employers.posting.area"));
        area.setItems(accounts.areas());
        from.setLabel(getTranslation("employers.posting.from"));
        to.setLabel(getTranslation("employers.posting.to"));
        hours.setHelperText(getTranslation("employers.posting.hours.help"));
        level.setLabel(getTranslation("employers.posting.level"));
        level.setItems(LanguageLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation("employers.level." + l));
        level.setValue(LanguageLevel.BASIC);
        support.setHelperText(getTranslation("employers.posting.support.help"));
        contact.setLabel(getTranslation("employers.posting.contact"));
        publish.setText(getTranslation("employers.posting.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(
                kind, title, occupation, description, area, from, to, hours, level, support, accessibility, contact);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, publish);
        editing.ifPresent(this::fill);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.putAll(title.fields());
        fields.put("occupation", occupation);
        fields.putAll(description.fields());
        fields.put("area", area);
        fields.put("periodFrom", from);
        fields.put("periodTo", to);
        fields.putAll(hours.fields());
        fields.put("swedishLevel", level);
        fields.putAll(support.fields());
        fields.putAll(accessibility.fields());
        fields.put("contact", contact);
        publish.addClickListener(click -> {
            try {
                PostingDraft draft = PostingDraft.builder()
                        .employerId(employer.id())
                        .kind(kind.getValue())
                        .titles(title.getValue())
                        .occupation(Choices.code(occupation.getValue()))
                        .descriptions(description.getValue())
                        .area(area.getValue())
                        .periodFrom(from.getValue())
                        .periodTo(to.getValue())
                        .hoursTexts(hours.getValue())
                        .swedishLevel(level.getValue())
                        .supportTexts(support.getValue())
                        .accessibilityTexts(accessibility.getValue())
                        .contact(contact.getValue())
                        .build();
                if (editing.isPresent()) {
                    postings.update(editing.get().id(), draft);
                    UI.getCurrent()
                            .navigate(
                                    PostingView.class,
                                    new RouteParameters("id", editing.get().id().toString()));
                    Notification.show(getTranslation("employers.posting.changed"));
                    return;
                }
                PostingId id = postings.post(draft);
                FieldErrors.clear(fields);
                UI.getCurrent().navigate(InterestsView.class, new RouteParameters("id", id.toString()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
                // the language of a text with an error is shown, so its message can be read
                for (MultilingualField text : List.of(title, description, hours, support, accessibility)) {
                    text.reveal();
                }
            }
        });
    }

    /** The form shows the post as it is now. */
    private void fill(Posting p) {
        kind.setValue(p.kind());
        title.setValue(p.titles());
        occupation.setValue(Choices.occupation(p.occupation().isBlank() ? null : p.occupation()));
        description.setValue(p.descriptions());
        if (!p.area().isBlank()) {
            area.setValue(p.area());
        }
        from.setValue(p.periodFrom());
        to.setValue(p.periodTo());
        hours.setValue(p.hoursTexts());
        level.setValue(p.swedishLevel());
        support.setValue(p.supportTexts());
        accessibility.setValue(p.accessibilityTexts());
        contact.setValue(p.contact());
        publish.setText(getTranslation("employers.posting.saveChanges"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.posting.newTitle") + " – Brobygge";
    }
}
