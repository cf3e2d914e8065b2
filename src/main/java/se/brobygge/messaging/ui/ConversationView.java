package se.brobygge.messaging.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.messaging.Conversation;
import se.brobygge.messaging.Message;
import se.brobygge.messaging.MessagingService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.messaging.Relationship;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.ParticipantName;
import se.brobygge.shared.ui.StaffBadge;
import se.brobygge.shared.ui.Written;

/** One conversation: the messages with read receipts, writing, blocking and reporting. */
@Route("messages/:conversationId")
@PermitAll
class ConversationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MessagingService messaging;
    private long conversationId;
    private String title = "";
    final H1 heading = new H1();
    final Div context = new Div();
    final UnorderedList log = new UnorderedList();
    final Div logRegion = new Div();
    final TextArea text = new TextArea();
    final Button send = new Button();
    final Button block = new Button();
    final Button unblock = new Button();
    final Paragraph status = new Paragraph();
    final Paragraph closed = new Paragraph();

    ConversationView(MessagingService messaging) {
        this.messaging = messaging;
        addClassName("conversation-view");
        status.getElement().setAttribute("role", "status");
        log.addClassName("message-log");
        // the list keeps its list semantics; the region around it announces new messages
        logRegion.getElement().setAttribute("role", "log");
        logRegion.getElement().setAttribute("aria-live", "polite");
        logRegion.getElement().setAttribute("aria-label", getTranslation("messaging.conversation.log"));
        logRegion.add(log);
        log.getStyle()
                .set("list-style", "none")
                .set("padding-inline-start", "0")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        text.setLabel(getTranslation("messaging.conversation.text"));
        text.setMaxLength(MessagingService.MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("6em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setHelperText(getTranslation("messaging.conversation.help", MessagingService.MAX_LENGTH));
        text.addValueChangeListener(e -> text.setHelperText(
                getTranslation("messaging.conversation.count", e.getValue().length(), MessagingService.MAX_LENGTH)));
        send.setText(getTranslation("messaging.conversation.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-button");
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        send.addClickListener(e -> send());
        block.setText(getTranslation("messaging.block.button"));
        block.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        block.addClassName("block-button");
        block.addClickListener(e -> confirmBlock());
        unblock.setText(getTranslation("messaging.unblock.button"));
        unblock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unblock.addClassName("unblock-button");
        unblock.addClickListener(e -> {
            messaging.unblock(conversationId);
            render(messaging.open(conversationId));
            status.setText(getTranslation("messaging.unblock.done", lastOtherName));
        });
        closed.addClassName("conversation-closed");
        closed.getElement().setAttribute("role", "status");
        RouterLink back = new RouterLink(getTranslation("messaging.conversation.back"), MessagesView.class);
        Div actions = new Div(send, block, unblock);
        actions.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-m)")
                .set("flex-wrap", "wrap");
        add(back, heading, context, logRegion, closed, text, actions, status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversationId = event.getRouteParameters().getLong("conversationId").orElse(-1L);
        try {
            render(messaging.open(conversationId));
        } catch (AccessDeniedException notMine) {
            removeAll();
            title = getTranslation("messaging.list.title");
            add(
                    new H1(title),
                    new Paragraph(getTranslation("messaging.conversation.notFound")),
                    new RouterLink(getTranslation("messaging.conversation.back"), MessagesView.class));
        }
    }

    private void render(Conversation c) {
        Locale locale = UI.getCurrent().getLocale();
        title = getTranslation("messaging.conversation.title", ParticipantName.of(c.otherName(), this));
        heading.setText(title);
        context.removeAll();
        if (!c.relationships().isEmpty()) {
            context.add(new Span(getTranslation("messaging.conversation.because") + " "));
            for (Relationship r : c.relationships()) {
                Anchor link = new Anchor(r.link(), r.labelIsKey() ? getTranslation(r.label()) : r.label());
                if (!r.labelIsKey()) {
                    link.getElement().setAttribute("dir", "auto"); // a title someone wrote, in their language
                }
                link.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
                context.add(link);
            }
        }
        log.removeAll();
        if (c.messages().isEmpty()) {
            log.add(new ListItem(getTranslation("messaging.conversation.empty")));
        }
        for (Message m : c.messages()) {
            log.add(bubble(c, m, locale));
        }
        boolean open = c.open();
        text.setVisible(open);
        send.setVisible(open);
        block.setVisible(!c.blockedByMe() && !"messaging.closed.blocked".equals(c.closedReason()));
        block.setAriaLabel(getTranslation("messaging.block.title", ParticipantName.of(c.otherName(), this)));
        unblock.setVisible(c.blockedByMe());
        unblock.setAriaLabel(getTranslation("messaging.unblock.label", ParticipantName.of(c.otherName(), this)));
        closed.setVisible(!open);
        closed.setText(open ? "" : getTranslation(c.closedReason()));
        lastOtherName = ParticipantName.of(c.otherName(), this);
    }

    private String lastOtherName = "";

    private ListItem bubble(Conversation c, Message m, Locale locale) {
        ListItem item = new ListItem();
        item.addClassName("message");
        item.addClassName(m.mine() ? "mine" : "theirs");
        item.getStyle()
                .set("max-width", "40rem")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", m.mine() ? "var(--lumo-primary-color-10pct)" : "var(--lumo-contrast-5pct)")
                .set("align-self", m.mine() ? "flex-end" : "flex-start");
        Span who = m.mine()
                ? new Span(getTranslation("messaging.conversation.you"))
                : Written.span(ParticipantName.of(c.otherName(), this));
        who.getStyle().set("font-weight", "600");
        Paragraph body = new Paragraph();
        body.setText(m.text()); // plain text only: nothing in a message is ever markup
        Written.text(body);
        body.addClassName("message-text");
        body.getStyle()
                .set("white-space", "pre-wrap")
                .set("margin-block", "var(--lumo-space-xs)")
                .set("overflow-wrap", "anywhere");
        Span meta = new Span(
                m.mine() && m.readAt() != null
                        ? getTranslation("messaging.conversation.read", Formats.dateTime(m.readAt(), locale))
                        : getTranslation("messaging.conversation.sent", Formats.dateTime(m.sentAt(), locale)));
        meta.addClassName("message-meta");
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (m.fromStaff()) {
            item.add(who, new Span(" "), StaffBadge.of(this), body, meta);
        } else {
            item.add(who, body, meta);
        }
        if (!m.mine()) {
            if (m.reported()) {
                Span reported = new Span(" · " + getTranslation("messaging.report.reported"));
                reported.getStyle().set("font-size", "var(--lumo-font-size-s)");
                item.add(reported);
            } else {
                Button report = new Button(getTranslation("messaging.report.button"), e -> confirmReport(m));
                report.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                report.setAriaLabel(getTranslation("messaging.report.label", ParticipantName.of(c.otherName(), this)));
                report.addClassName("report-button");
                item.add(report);
            }
        }
        return item;
    }

    private void send() {
        try {
            messaging.send(conversationId, text.getValue());
            text.clear();
            FieldErrors.clear(Map.of("text", text));
            text.setHelperText(getTranslation("messaging.conversation.help", MessagingService.MAX_LENGTH));
            status.setText(getTranslation("messaging.conversation.sentStatus"));
            render(messaging.open(conversationId));
            text.focus();
        } catch (InvalidInputException e) {
            FieldErrors.show(e, Map.of("text", text), this);
            status.setText("");
            text.focus();
            render(messaging.open(conversationId));
        }
    }

    private void confirmBlock() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("messaging.block.title", lastOtherName));
        dialog.add(new Paragraph(getTranslation("messaging.block.text", lastOtherName)));
        Button yes = new Button(getTranslation("messaging.block.confirm"), e -> {
            messaging.block(conversationId);
            dialog.close();
            render(messaging.open(conversationId));
            status.setText(getTranslation("messaging.block.done", lastOtherName));
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClassName("confirm-block");
        Button no = new Button(getTranslation("messaging.block.cancel"), e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void confirmReport(Message m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("messaging.report.title"));
        Paragraph quoted = new Paragraph();
        quoted.setText(m.text());
        quoted.getStyle()
                .set("white-space", "pre-wrap")
                .set("border-inline-start", "3px solid var(--lumo-contrast-30pct)")
                .set("padding-inline-start", "var(--lumo-space-s)");
        Select<String> reason = new Select<>();
        reason.setLabel(getTranslation("messaging.report.reason"));
        reason.setItems(MessagingService.REPORT_REASONS);
        reason.setItemLabelGenerator(r -> getTranslation("messaging.reason." + r));
        TextArea comment = new TextArea(getTranslation("messaging.report.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        Button submit = new Button(getTranslation("messaging.report.send"), e -> {
            try {
                messaging.report(m.id(), reason.getValue() == null ? "" : reason.getValue(), comment.getValue());
                dialog.close();
                render(messaging.open(conversationId));
                status.setText(getTranslation("messaging.report.done"));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("reason", reason, "comment", comment), this);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("send-report");
        Button cancel = new Button(getTranslation("messaging.report.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("messaging.report.intro")), quoted, reason, comment);
        dialog.getFooter().add(cancel, submit);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " – Brobygge";
    }
}
