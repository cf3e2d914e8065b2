package se.brobygge.moderation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.BlockService;
import se.brobygge.moderation.Decision;
import se.brobygge.moderation.ItemDetails;
import se.brobygge.moderation.ItemId;
import se.brobygge.moderation.ModerationConflictException;
import se.brobygge.moderation.ModerationService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.DateTimeField;
import se.brobygge.shared.ui.FieldErrors;

/** One item: its text, reports, history and author; claim it, decide with a reason, block the author. */
@Route("staff/moderation/:id")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class ModerationItemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ModerationService moderation;
    private final BlockService blocks;
    private final CurrentUser currentUser;
    private final Paragraph status = new Paragraph();
    private @Nullable ItemId id;

    ModerationItemView(ModerationService moderation, BlockService blocks, CurrentUser currentUser) {
        this.moderation = moderation;
        this.blocks = blocks;
        this.currentUser = currentUser;
        addClassName("moderation-item-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("moderation-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").map(ItemId::new).orElseThrow(NotFoundException::new);
        // opening is what is logged for private content; redrawing after an action is not a new look
        render(moderation.item(id()).orElseThrow(NotFoundException::new));
    }

    private void render() {
        render(moderation.reload(id()).orElseThrow());
    }

    private void render(ItemDetails item) {
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation(
                "moderation.item.title",
                getTranslation("moderation.module." + item.ref().module()))));
        add(status);
        DescriptionList facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("moderation.item.author")),
                new DescriptionList.Description(item.authorName()));
        facts.add(
                new DescriptionList.Term(getTranslation("moderation.item.state")),
                new DescriptionList.Description(getTranslation(
                                item.hidden() ? "moderation.item.hidden" : "moderation.item.visible")
                        + (item.review() == null ? "" : " · " + getTranslation("moderation.review." + item.review()))));
        if (item.hiddenReason() != null) {
            facts.add(
                    new DescriptionList.Term(getTranslation("moderation.item.hiddenReason")),
                    new DescriptionList.Description(item.hiddenReason()));
        }
        facts.addClassName("figures");
        add(facts);
        Div text = new Div();
        text.addClassName("item-text");
        text.setText(item.text());
        text.getStyle()
                .set("white-space", "pre-wrap")
                .set("padding", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        if (item.language() != null) {
            text.getElement().setAttribute("lang", item.language());
        }
        text.getElement().setAttribute("dir", "auto");
        if (!item.context().isEmpty()) {
            // a private message: the messages just before it, as they stood when it was reported
            Section context = new Section(new H2(getTranslation("moderation.item.context")));
            Paragraph note = new Paragraph(getTranslation("moderation.item.contextNote"));
            context.add(note);
            for (String line : item.context()) {
                Paragraph earlier = new Paragraph();
                earlier.setText(line);
                earlier.getElement().setAttribute("dir", "auto");
                context.add(earlier);
            }
            context.addClassName("item-context");
            add(context);
        }
        add(text);
        if (item.link() != null && item.link().startsWith("/")) {
            add(new Paragraph(new Anchor(item.link().substring(1), getTranslation("moderation.item.open"))));
        }
        if (item.appealText() != null) {
            Section appeal = new Section(new H2(getTranslation("moderation.item.appeal")));
            Paragraph words = new Paragraph();
            words.setText(item.appealText());
            words.addClassName("appeal-text");
            appeal.add(words);
            add(appeal);
        }
        renderDecision(item);

        Section reports = new Section(
                new H2(getTranslation("moderation.item.reports", item.reports().size())));
        OrderedList list = new OrderedList();
        for (ItemDetails.Report r : item.reports()) {
            ListItem li = new ListItem();
            li.add(new Paragraph(Formats.dateTime(r.at(), locale) + " · " + r.reporterName() + " · "
                    + getTranslation("moderation.reason." + r.reason())));
            if (r.comment() != null) {
                Paragraph c = new Paragraph();
                c.setText(r.comment());
                li.add(c);
            }
            if (!r.text().equals(item.text())) {
                Paragraph snapshot = new Paragraph();
                snapshot.setText(getTranslation("moderation.item.asReported", r.text()));
                li.add(snapshot);
            }
            list.add(li);
        }
        reports.add(list);
        add(reports);

        Section history = new Section(new H2(getTranslation("moderation.item.history")));
        OrderedList steps = new OrderedList();
        for (ItemDetails.DecisionEntry d : item.history()) {
            ListItem li = new ListItem();
            li.setText(Formats.dateTime(d.at(), locale) + " · "
                    + (d.moderatorName() == null ? getTranslation("moderation.log.system") : d.moderatorName()) + " · "
                    + getTranslation("moderation.action." + d.action())
                    + (d.reason() == null ? "" : " · " + d.reason()));
            steps.add(li);
        }
        history.add(steps);
        add(history);

        ItemDetails.AuthorHistory a = item.author();
        Section author = new Section(new H2(getTranslation("moderation.item.authorHistory", item.authorName())));
        author.add(new Paragraph(
                getTranslation("moderation.item.authorFacts", a.submitted(), a.hidden(), a.reportsAgainst())));
        if (a.blocked()) {
            author.add(new Paragraph(getTranslation("moderation.item.authorBlocked")));
        }
        Checkbox trusted = new Checkbox(getTranslation("moderation.item.trusted"), a.trusted());
        trusted.addValueChangeListener(e -> {
            blocks.trust(item.authorId(), e.getValue());
            status.setText(getTranslation("moderation.saved"));
        });
        author.add(trusted);
        author.add(blockForm(item));
        add(author);
    }

    private void renderDecision(ItemDetails item) {
        Section decide = new Section(new H2(getTranslation("moderation.item.decide")));
        AccountId me = currentUser.require();
        if (item.review() == null) {
            decide.add(new Paragraph(getTranslation("moderation.item.notInQueue")));
            if (item.hidden()) {
                TextArea reason = new TextArea(getTranslation("moderation.item.reason"));
                reason.setMaxLength(1000);
                Button restore = new Button(getTranslation("moderation.item.restore"), e -> {
                    moderation.restore(id(), reason.getValue());
                    render();
                    status.setText(getTranslation("moderation.item.restored"));
                });
                restore.addClassName("restore-button");
                decide.add(reason, restore);
            }
            add(decide);
            return;
        }
        if (!me.equals(item.claimedBy())) {
            if (item.claimedBy() != null) {
                decide.add(new Paragraph(getTranslation("moderation.conflict.claimedByOther")));
            }
            Button claim = new Button(getTranslation("moderation.item.claim"), e -> {
                try {
                    moderation.claim(id());
                    render();
                    status.setText(getTranslation("moderation.item.claimed"));
                } catch (ModerationConflictException ex) {
                    status.setText(getTranslation(ex.messageKey()));
                }
            });
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.addClassName("claim-button");
            decide.add(claim);
            add(decide);
            return;
        }
        RadioButtonGroup<Decision> decision = new RadioButtonGroup<>(getTranslation("moderation.item.decision"));
        decision.setItems(Arrays.asList(Decision.values()));
        decision.setItemLabelGenerator(d -> getTranslation("moderation.decision." + d));
        decision.setValue(Decision.KEEP);
        decision.addClassName("decision");
        TextArea reason = new TextArea(getTranslation("moderation.item.reason"));
        reason.setHelperText(getTranslation("moderation.item.reasonHelp"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.addClassName("decision-reason");
        TextArea redacted = new TextArea(getTranslation("moderation.item.redacted"));
        redacted.setValue(item.text());
        redacted.setWidthFull();
        redacted.setVisible(false);
        decision.addValueChangeListener(e -> redacted.setVisible(e.getValue() == Decision.EDIT_OUT));
        Map<String, HasValidation> fields = Map.of("reason", reason, "text", redacted);
        Button save = new Button(getTranslation("moderation.item.save"), e -> {
            try {
                moderation.decide(id(), decision.getValue(), reason.getValue(), redacted.getValue());
                render();
                status.setText(getTranslation("moderation.item.decided"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            } catch (ModerationConflictException ex) {
                status.setText(getTranslation(ex.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("decide-button");
        Button release = new Button(getTranslation("moderation.item.release"), e -> {
            moderation.release(id());
            render();
        });
        decide.add(decision, reason, redacted, new Div(save, release));
        add(decide);
    }

    private Div blockForm(ItemDetails item) {
        Div form = new Div();
        form.addClassName("block-form");
        form.add(new H3(getTranslation("moderation.block.title")));
        TextArea justification = new TextArea(getTranslation("moderation.block.justification"));
        justification.setMaxLength(1000);
        justification.setWidthFull();
        DateTimeField until = new DateTimeField(getTranslation("moderation.block.until"));
        until.setHelperText(getTranslation("moderation.block.untilHelp"));
        Checkbox hideAll = new Checkbox(getTranslation("moderation.block.hideAll"));
        Map<String, HasValidation> fields = Map.of("justification", justification, "until", until);
        Button block = new Button(getTranslation("moderation.block.button"), e -> {
            LocalDateTime local = until.getValue();
            try {
                blocks.block(
                        item.authorId(),
                        local == null
                                ? null
                                : local.atZone(Formats.MUNICIPALITY_ZONE).toInstant(),
                        justification.getValue(),
                        hideAll.getValue());
                render();
                status.setText(getTranslation("moderation.block.done"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        block.addClassName("block-button");
        form.add(justification, until, hideAll, block);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title") + " – Brobygge";
    }

    /** The id, set in beforeEnter. */
    private ItemId id() {
        return Objects.requireNonNull(id, "set in beforeEnter");
    }
}
