package se.brobygge.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.MailOutboxService;
import se.brobygge.notifications.MailStatus;
import se.brobygge.notifications.OutboxEntry;
import se.brobygge.notifications.OutboxSummary;
import se.brobygge.shared.i18n.Formats;

/** Staff see mails that wait or failed, and can send a failed one again. */
@Route("staff/mail")
@Menu(order = 105, title = "nav.mailOutbox", icon = "vaadin:envelope")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class MailOutboxView extends Main implements HasDynamicTitle {

    private final MailOutboxService outbox;
    private final Paragraph counts = new Paragraph();
    final Grid<OutboxEntry> grid = new Grid<>();

    MailOutboxView(MailOutboxService outbox) {
        this.outbox = outbox;
        add(new H1(getTranslation("mail.outbox.title")));
        add(new Paragraph(getTranslation("mail.outbox.intro")));
        counts.getElement().setAttribute("role", "status");
        var locale = UI.getCurrent().getLocale();
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("mail.outbox.recipient"));
        grid.addComponentColumn(e -> {
                    Span subject = new Span(e.subject());
                    subject.getElement().setAttribute("dir", "auto"); // in the recipient's language
                    return subject;
                })
                .setHeader(getTranslation("mail.outbox.subject"));
        grid.addColumn(e -> getTranslation("mail.status." + e.status()))
                .setHeader(getTranslation("mail.outbox.status"));
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("mail.outbox.attempts"));
        grid.addColumn(e -> Formats.dateTime(e.createdAt(), locale)).setHeader(getTranslation("mail.outbox.created"));
        grid.addComponentColumn(e -> {
                    // the mail server's own message, for the operator: not words to translate
                    Span error = new Span(e.lastError() == null ? "" : e.lastError());
                    error.getElement().setAttribute("translate", "no");
                    error.getElement().setAttribute("dir", "ltr");
                    return error;
                })
                .setHeader(getTranslation("mail.outbox.error"));
        grid.addComponentColumn(e -> {
            Button retry = new Button(getTranslation("mail.outbox.retry"), click -> {
                outbox.retry(e.id());
                refresh();
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setEnabled(e.status() == MailStatus.FAILED);
            return retry;
        });
        grid.setAriaLabel(getTranslation("mail.outbox.title"));
        add(counts, grid);
        refresh();
    }

    private void refresh() {
        OutboxSummary summary = outbox.summary();
        counts.setText(getTranslation("mail.outbox.counts", summary.pending(), summary.sent(), summary.failed()));
        grid.setItems(summary.needingAttention());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title") + " – Brobygge";
    }
}
