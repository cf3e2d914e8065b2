package se.brobygge.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.LogEntry;
import se.brobygge.moderation.ModerationAdminService;
import se.brobygge.shared.i18n.Formats;

/** Every moderation action: who, when, what, on what, why; the last year exportable as CSV. */
@Route("staff/moderation/log")
@Menu(order = 109, title = "moderation.nav.log", icon = "vaadin:list")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class ActionLogView extends Main implements HasDynamicTitle {

    ActionLogView(ModerationAdminService admin, Clock clock) {
        addClassName("action-log-view");
        Locale locale = getLocale();
        add(new H1(getTranslation("moderation.log.title")));
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = admin.logCsv(clock.instant().minus(Duration.ofDays(366)), locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "moderationslogg.csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("moderation.log.csv"));
        csv.addClassName("log-csv");
        add(new Paragraph(csv));
        Grid<LogEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.dateTime(e.at(), locale))
                .setHeader(getTranslation("moderation.log.time"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("moderation.log.system") : e.actorName())
                .setHeader(getTranslation("moderation.log.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("moderation.action." + e.action()))
                .setHeader(getTranslation("moderation.log.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> LogText.target(e, this))
                .setHeader(getTranslation("moderation.log.target"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> {
                    Span reason = new Span(LogText.reason(e, this));
                    if (LogText.isWritten(e)) {
                        reason.getElement().setAttribute("dir", "auto"); // a moderator's own words
                    }
                    return reason;
                })
                .setHeader(getTranslation("moderation.log.reason"))
                .setFlexGrow(1);
        grid.setItems(admin.recentLog(300));
        grid.addClassName("action-log");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.log.title") + " – Brobygge";
    }
}
