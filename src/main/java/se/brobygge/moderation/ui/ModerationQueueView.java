package se.brobygge.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.ModerationService;
import se.brobygge.moderation.QueueFilter;
import se.brobygge.moderation.QueueItem;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReviewReason;
import se.brobygge.shared.i18n.Formats;

/** Items waiting for a moderator: reported, flagged, held back, appealed, escalated. */
@Route("staff/moderation")
@Menu(order = 106, title = "moderation.nav.queue", icon = "vaadin:flag")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class ModerationQueueView extends Main implements HasDynamicTitle {

    static final List<String> MODULES =
            List.of("dialogue", "associations", "events", "employers", "mentoring", "identity", "messaging", "places");

    final Select<String> module = new Select<>();
    final Select<ReviewReason> reason = new Select<>();
    final Select<ReportReason> reportReason = new Select<>();
    final IntegerField olderThanHours = new IntegerField();
    final Grid<QueueItem> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final ModerationService moderation;

    ModerationQueueView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("moderation-queue-view");
        add(new H1(getTranslation("moderation.queue.title")));
        module.setLabel(getTranslation("moderation.queue.module"));
        module.setItems(MODULES);
        module.setEmptySelectionAllowed(true);
        module.setEmptySelectionCaption(getTranslation("moderation.queue.all"));
        module.setItemLabelGenerator(
                m -> m == null ? getTranslation("moderation.queue.all") : getTranslation("moderation.module." + m));
        reason.setLabel(getTranslation("moderation.queue.reason"));
        reason.setItems(Arrays.asList(ReviewReason.values()));
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("moderation.queue.all"));
        reason.setItemLabelGenerator(
                r -> r == null ? getTranslation("moderation.queue.all") : getTranslation("moderation.review." + r));
        reportReason.setLabel(getTranslation("moderation.queue.reportReason"));
        reportReason.setItems(Arrays.asList(ReportReason.values()));
        reportReason.setEmptySelectionAllowed(true);
        reportReason.setEmptySelectionCaption(getTranslation("moderation.queue.all"));
        reportReason.setItemLabelGenerator(
                r -> r == null ? getTranslation("moderation.queue.all") : getTranslation("moderation.reason." + r));
        olderThanHours.setLabel(getTranslation("moderation.queue.olderThan"));
        olderThanHours.setMin(0);
        olderThanHours.setClearButtonVisible(true);
        Div filters = new Div(module, reason, reportReason, olderThanHours);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        module.addValueChangeListener(e -> refresh());
        reason.addValueChangeListener(e -> refresh());
        reportReason.addValueChangeListener(e -> refresh());
        olderThanHours.addValueChangeListener(e -> refresh());
        count.getElement().setAttribute("role", "status");
        Locale locale = getLocale();
        grid.addColumn(i -> Formats.dateTime(i.waitingSince(), locale))
                .setHeader(getTranslation("moderation.queue.since"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("moderation.module." + i.ref().module()))
                .setHeader(getTranslation("moderation.queue.module"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("moderation.review." + i.reason()))
                .setHeader(getTranslation("moderation.queue.reason"))
                .setAutoWidth(true);
        grid.addColumn(QueueItem::reportCount)
                .setHeader(getTranslation("moderation.queue.reports"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> {
                    String excerpt = i.text().length() > 120 ? i.text().substring(0, 120) + "…" : i.text();
                    RouterLink link = new RouterLink(
                            excerpt.isBlank() ? "#" + i.id() : excerpt,
                            ModerationItemView.class,
                            new RouteParameters("id", i.id().toString()));
                    if (i.language() != null) {
                        link.getElement().setAttribute("lang", i.language());
                        link.getElement().setAttribute("dir", "auto");
                    }
                    return link;
                })
                .setHeader(getTranslation("moderation.queue.text"))
                .setFlexGrow(1);
        grid.addColumn(i -> i.claimedByName() == null ? "" : i.claimedByName())
                .setHeader(getTranslation("moderation.queue.claimedBy"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("moderation-queue");
        add(filters, count, grid);
        refresh();
    }

    private void refresh() {
        List<QueueItem> items = moderation.queue(new QueueFilter(
                module.getValue(), reason.getValue(), reportReason.getValue(), olderThanHours.getValue()));
        grid.setItems(items);
        count.setText(getTranslation("moderation.queue.count", items.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title") + " – Brobygge";
    }
}
