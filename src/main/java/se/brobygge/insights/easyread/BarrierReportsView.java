package se.brobygge.insights.easyread;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.Written;

/** Staff's tasks from the accessibility statement: each reported barrier, answered by mail from here. */
@Route("staff/barriers")
@Menu(order = 111, title = "a11y.nav.staff", icon = "vaadin:accessibility")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class BarrierReportsView extends Main implements HasDynamicTitle {

    private final BarrierReportService reports;
    private final Div list = new Div();

    BarrierReportsView(BarrierReportService reports) {
        this.reports = reports;
        addClassName("prose");
        add(new H1(getTranslation("a11y.staff.title")), new Paragraph(getTranslation("a11y.staff.intro")), list);
        show();
    }

    private void show() {
        list.removeAll();
        List<BarrierReport> all = reports.all();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("a11y.staff.none")));
        }
        Locale locale = getLocale();
        for (BarrierReport report : all) {
            Section item = new Section();
            item.addClassNames("start-card", "barrier-report");
            item.add(new H2(
                    getTranslation("a11y.staff.report", report.id(), Formats.dateTime(report.reportedAt(), locale))));
            Paragraph text = Written.text(new Paragraph(report.description()));
            text.getStyle().set("white-space", "pre-line");
            item.add(text);
            item.add(new Paragraph(getTranslation(
                    "a11y.staff.page", report.page().isBlank() ? getTranslation("a11y.staff.noPage") : report.page())));
            item.add(new Paragraph(
                    report.email() == null
                            ? getTranslation("a11y.staff.noEmail")
                            : getTranslation("a11y.staff.email", report.email(), report.language())));
            Instant repliedAt = report.repliedAt();
            if (repliedAt != null) {
                Paragraph reply = new Paragraph(
                        getTranslation("a11y.staff.replied", Formats.dateTime(repliedAt, locale), report.reply()));
                reply.addClassName("barrier-reply");
                item.add(reply);
            } else {
                TextArea reply =
                        new TextArea(getTranslation(report.email() == null ? "a11y.staff.note" : "a11y.staff.reply"));
                reply.setMaxLength(BarrierReportService.MAX_TEXT);
                reply.setWidthFull();
                reply.addClassName("barrier-reply-text");
                Button send = new Button(
                        getTranslation(report.email() == null ? "a11y.staff.close" : "a11y.staff.send"), e -> {
                            try {
                                reports.reply(report.id(), reply.getValue());
                                Notification.show(getTranslation(
                                        report.email() == null ? "a11y.staff.closed" : "a11y.staff.sent"));
                                show();
                            } catch (InvalidInputException error) {
                                FieldErrors.show(error, Map.of("reply", reply), this);
                                reply.focus();
                            }
                        });
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                send.addClassName("barrier-reply-send");
                item.add(reply, send);
            }
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.staff.title") + " – Brobygge";
    }
}
