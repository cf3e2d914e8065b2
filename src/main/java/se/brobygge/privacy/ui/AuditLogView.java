package se.brobygge.privacy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.audit.Actor;
import se.brobygge.privacy.audit.AuditEntry;
import se.brobygge.privacy.audit.AuditFilter;
import se.brobygge.privacy.audit.AuditLog;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.DateField;

/**
 * The staff-access audit log for administrators: who read or exported whose data, changed roles
 * or opened private messages, when and where; filtered by who, what and period, loaded page by
 * page, exportable as CSV (the export is itself logged).
 */
@Route("admin/audit")
@Menu(order = 111, title = "audit.nav", icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main implements HasDynamicTitle {

    private final AuditLog log;
    private final ComboBox<Actor> who = new ComboBox<>();
    private final ComboBox<AccessKind> what = new ComboBox<>();
    private final DateField from = new DateField();
    private final DateField to = new DateField();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditLog log) {
        this.log = log;
        addClassName("audit-log-view");
        Locale locale = getLocale();
        add(new H1(getTranslation("audit.title")));
        add(new Paragraph(getTranslation("audit.intro")));

        who.setLabel(getTranslation("audit.filter.who"));
        who.setItems(log.actors());
        who.setItemLabelGenerator(Actor::displayName);
        who.setClearButtonVisible(true);
        what.setLabel(getTranslation("audit.filter.what"));
        what.setItems(AccessKind.values());
        what.setItemLabelGenerator(k -> getTranslation("audit.kind." + k.name()));
        what.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        who.addValueChangeListener(e -> refresh());
        what.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(who, what, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("audit-filters");
        add(filters);

        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = log.csv(filter());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "atkomstlogg.csv", "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("audit.csv"));
        csv.addClassName("audit-csv");
        add(new Paragraph(csv));

        grid.addColumn(e -> Formats.dateTime(e.at(), locale))
                .setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorName().isEmpty() ? "#" + e.actorId() : e.actorName())
                .setHeader(getTranslation("audit.column.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.kind." + e.kind().name()))
                .setHeader(getTranslation("audit.column.what"))
                .setAutoWidth(true);
        grid.addColumn(AuditLogView::subject)
                .setHeader(getTranslation("audit.column.whose"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> identifier(e.what()))
                .setHeader(getTranslation("audit.column.detail"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> identifier(e.where()))
                .setHeader(getTranslation("audit.column.where"))
                .setFlexGrow(1);
        grid.addClassName("audit-log");
        grid.setAriaLabel(getTranslation("audit.title"));
        add(grid);
        refresh();
    }

    /** What was opened, as the system names it ("employers:cards:1", "/admin/accounts"): not words to translate. */
    private static Span identifier(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("translate", "no");
        span.getElement().setAttribute("dir", "ltr");
        return span;
    }

    private static String subject(AuditEntry e) {
        if (e.subjectAccountId() == null) {
            return "";
        }
        return e.subjectName().isEmpty() ? "#" + e.subjectAccountId() : e.subjectName();
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(
                query -> log.find(filter, query.getOffset(), query.getLimit()).stream(), query -> log.count(filter));
    }

    AuditFilter filter() {
        return new AuditFilter(
                who.getValue() == null ? null : who.getValue().accountId(),
                what.getValue(),
                start(from.getValue()),
                start(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.MUNICIPALITY_ZONE).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – Brobygge";
    }
}
