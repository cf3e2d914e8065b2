package se.brobygge.dialogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import se.brobygge.dialogue.PostRefusedException;
import se.brobygge.dialogue.ProposalStatus;
import se.brobygge.dialogue.TopicProposal;
import se.brobygge.dialogue.TopicProposalService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.Written;

/** Residents propose a topic and follow what happened to it; staff accept or decline proposals. */
@Route("dialogues/proposals")
@PermitAll
class ProposalsView extends Main implements HasDynamicTitle {

    private final TopicProposalService proposals;
    private final CurrentUser currentUser;
    private final Paragraph status = new Paragraph();
    private final Div content = new Div();

    ProposalsView(TopicProposalService proposals, CurrentUser currentUser) {
        this.proposals = proposals;
        this.currentUser = currentUser;
        addClassName("proposals-view");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("dialogue.proposals.title")), status, content);
        render();
    }

    private void render() {
        content.removeAll();
        Locale locale = getLocale();
        Section propose = new Section(new H2(getTranslation("dialogue.proposals.propose")));
        TextField title = new TextField(getTranslation("dialogue.field.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        TextArea description = new TextArea(getTranslation("dialogue.proposals.description"));
        description.setMaxLength(4000);
        description.setWidthFull();
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("dialogue.post.language"));
        language.setItems(Arrays.stream(Language.values()).map(Language::code).toList());
        language.setItemLabelGenerator(code -> LanguageNames.label(code, getLocale()));
        language.setValue(Language.of(locale).code());
        Button send = new Button(getTranslation("dialogue.proposals.send"), e -> {
            try {
                proposals.propose(title.getValue(), description.getValue(), language.getValue());
                render();
                status.setText(getTranslation("dialogue.proposals.sent"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("title", title, "description", description, "language", language), this);
            } catch (PostRefusedException ex) {
                description.setErrorMessage(ex.getMessage());
                description.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("proposal-send");
        propose.add(title, description, language, send);
        content.add(propose);

        Section mine = new Section(new H2(getTranslation("dialogue.proposals.mine")));
        var my = proposals.mine();
        if (my.isEmpty()) {
            mine.add(new Paragraph(getTranslation("dialogue.proposals.noneMine")));
        }
        for (TopicProposal p : my) {
            Div card = card(p, locale);
            card.add(new Paragraph(getTranslation("dialogue.proposals.status." + p.status())));
            if (p.status() == ProposalStatus.DECLINED && p.declineReason() != null) {
                Paragraph reason =
                        new Paragraph(getTranslation("dialogue.proposals.declinedBecause", p.declineReason()));
                card.add(reason);
            }
            if (p.dialogueId() != null) {
                card.add(new RouterLink(
                        getTranslation("dialogue.proposals.openDialogue"),
                        DialogueView.class,
                        new RouteParameters("id", p.dialogueId().toString())));
            }
            mine.add(card);
        }
        content.add(mine);

        if (currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN)) {
            Section waiting = new Section(new H2(getTranslation("dialogue.proposals.waiting")));
            var all = proposals.waiting();
            if (all.isEmpty()) {
                waiting.add(new Paragraph(getTranslation("dialogue.proposals.noneWaiting")));
            }
            for (TopicProposal p : all) {
                Div card = card(p, locale);
                card.add(new Paragraph(getTranslation("dialogue.proposals.by", p.proposedByName())));
                RouterLink accept =
                        new RouterLink(getTranslation("dialogue.proposals.accept"), DialogueEditorView.class);
                accept.setQueryParameters(QueryParameters.of("proposal", Long.toString(p.id())));
                TextField reason = new TextField(getTranslation("dialogue.proposals.declineReason"));
                reason.setMaxLength(1000);
                Button decline = new Button(getTranslation("dialogue.proposals.decline"), e -> {
                    try {
                        proposals.decline(p.id(), reason.getValue());
                        render();
                        status.setText(getTranslation("dialogue.proposals.declined"));
                    } catch (InvalidInputException ex) {
                        FieldErrors.show(ex, Map.of("reason", reason), this);
                    }
                });
                decline.addClassName("proposal-decline");
                card.add(accept, reason, decline);
                waiting.add(card);
            }
            content.add(waiting);
        }
    }

    private Div card(TopicProposal p, Locale locale) {
        Div card = new Div();
        card.addClassName("proposal-card");
        card.getStyle()
                .set("border-block-end", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-block", "var(--lumo-space-s)");
        H3 title = Written.text(new H3(p.title()));
        Written.text(title, p.language());
        Paragraph text = new Paragraph();
        text.setText(p.description());
        text.getStyle().set("white-space", "pre-wrap");
        Written.text(text, p.language());
        card.add(title, new Paragraph(Formats.dateTime(p.createdAt(), locale)), text);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dialogue.proposals.title") + " – Brobygge";
    }
}
