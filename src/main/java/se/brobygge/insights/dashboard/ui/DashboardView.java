package se.brobygge.insights.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.Roles;
import se.brobygge.insights.DashboardPeriod;
import se.brobygge.insights.DashboardReport;
import se.brobygge.insights.DashboardReport.Breakdown;
import se.brobygge.insights.DashboardReport.ChartType;
import se.brobygge.insights.DashboardReport.Panel;
import se.brobygge.insights.DashboardRequest;
import se.brobygge.insights.DashboardService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * The follow-up dashboard: a period and an area are chosen; every figure is shown as a chart with
 * a table beside it (for screen readers and copying), and can be exported as CSV or PDF.
 */
@Route("staff/insights")
@Menu(order = 120, title = "insights.nav.dashboard", icon = "vaadin:chart")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class DashboardView extends Main implements HasDynamicTitle {

    enum Kind {
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    private final DashboardService dashboards;
    private final Locale locale;
    private final DashboardText text;
    private final boolean rightToLeft;
    private final Select<Kind> kind = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Select<YearMonth> quarter = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<YearMonth> last = new Select<>();
    private final Select<String> area = new Select<>();
    private final IntegerField days = new IntegerField();
    private final Paragraph periodText = new Paragraph();
    private final Div content = new Div();
    private final Div exports = new Div();
    private @Nullable DashboardReport report;

    DashboardView(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.locale = getLocale();
        this.text = new DashboardText(key -> getTranslation(locale, key), locale);
        this.rightToLeft = Language.of(locale).rightToLeft();
        addClassName("insights-dashboard");
        add(new H1(getTranslation("insights.title")));
        add(new Paragraph(getTranslation("insights.intro")));

        YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        List<YearMonth> recent = IntStream.range(0, DashboardPeriod.MAX_MONTHS)
                .mapToObj(now::minusMonths)
                .toList();
        kind.setLabel(getTranslation("insights.filter.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("insights.kind." + k.name()));
        month.setItems(recent);
        month.setItemLabelGenerator(text::month);
        quarter.setLabel(getTranslation("insights.filter.quarter"));
        quarter.setItems(
                recent.stream().filter(m -> (m.getMonthValue() - 1) % 3 == 0).toList());
        quarter.setItemLabelGenerator(
                m -> getTranslation("insights.quarter", (m.getMonthValue() - 1) / 3 + 1, m.getYear()));
        year.setLabel(getTranslation("insights.filter.year"));
        year.setItems(IntStream.range(0, 3).mapToObj(i -> now.getYear() - i).toList());
        last.setLabel(getTranslation("insights.filter.to"));
        last.setItems(recent);
        last.setItemLabelGenerator(text::month);
        area.setLabel(getTranslation("insights.filter.area"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("insights.filter.allAreas"));
        area.setItemLabelGenerator(a -> a == null ? getTranslation("insights.filter.allAreas") : a);
        days.setLabel(getTranslation("insights.filter.days"));
        days.setMin(1);
        days.setMax(DashboardRequest.MAX_ANSWER_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(DashboardRequest.DEFAULT_ANSWER_DAYS);
        kind.addValueChangeListener(e -> showPeriodFields());
        kind.setValue(Kind.CUSTOM);
        month.setValue(now.minusMonths(11));
        quarter.setValue(YearMonth.of(now.getYear(), ((now.getMonthValue() - 1) / 3) * 3 + 1));
        year.setValue(now.getYear());
        last.setValue(now);
        Button show = new Button(getTranslation("insights.filter.show"), click -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClassName("insights-show");
        FlexLayout filters = new FlexLayout(kind, month, quarter, year, last, area, days, show);
        filters.addClassName("insights-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters, periodText, new Paragraph(getTranslation("insights.suppressionNote")), exports, content);
        showPeriodFields();
        refresh();
    }

    private void showPeriodFields() {
        Kind k = kind.getValue() == null ? Kind.CUSTOM : kind.getValue();
        month.setLabel(getTranslation(k == Kind.CUSTOM ? "insights.filter.from" : "insights.filter.month"));
        month.setVisible(k == Kind.MONTH || k == Kind.CUSTOM);
        quarter.setVisible(k == Kind.QUARTER);
        year.setVisible(k == Kind.YEAR);
        last.setVisible(k == Kind.CUSTOM);
    }

    private @Nullable DashboardPeriod period() {
        Kind k = kind.getValue();
        if (k == null) {
            return null;
        }
        return switch (k) {
            case MONTH -> month.getValue() == null ? null : DashboardPeriod.month(month.getValue());
            case QUARTER ->
                quarter.getValue() == null
                        ? null
                        : DashboardPeriod.quarter(
                                quarter.getValue().getYear(),
                                (quarter.getValue().getMonthValue() + 2) / 3);
            case YEAR -> year.getValue() == null ? null : DashboardPeriod.year(year.getValue());
            case CUSTOM ->
                month.getValue() == null || last.getValue() == null
                        ? null
                        : new DashboardPeriod(month.getValue(), last.getValue());
        };
    }

    private void refresh() {
        last.setInvalid(false);
        days.setInvalid(false);
        DashboardReport fresh;
        try {
            DashboardPeriod period = period();
            if (period == null) {
                month.setErrorMessage(getTranslation("insights.validation.required"));
                month.setInvalid(true);
                return;
            }
            fresh = dashboards.report(
                    new DashboardRequest(period, area.getValue(), days.getValue() == null ? -1 : days.getValue()));
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> {
                var field = error.field().equals("answeredWithinDays") ? days : last;
                field.setErrorMessage(getTranslation(error.messageKey()));
                field.setInvalid(true);
            });
            return;
        }
        report = fresh;
        String selected = area.getValue();
        area.setItems(fresh.areas());
        if (selected != null && fresh.areas().contains(selected)) {
            area.setValue(selected);
        }
        render(fresh);
    }

    private void render(DashboardReport shown) {
        DashboardPeriod period = shown.request().period();
        String periodLine = getTranslation(
                        "insights.periodShown",
                        text.month(period.first()),
                        text.month(period.last()),
                        shown.request().area() == null
                                ? getTranslation("insights.filter.allAreas")
                                : shown.request().area())
                + (shown.storedAt() == null
                        ? ""
                        : " " + getTranslation("insights.storedAt", Formats.dateTime(shown.storedAt(), getLocale())));
        periodText.setText(periodLine);
        exports.removeAll();
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = DashboardExports.csv(shown, text);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "uppfoljning.csv", "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("insights.export.csv"));
        csv.addClassName("insights-csv");
        csv.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = DashboardExports.pdf(shown, text, periodLine);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "uppfoljning.pdf", "application/pdf", bytes.length);
                }),
                getTranslation("insights.export.pdf"));
        pdf.addClassName("insights-pdf");
        pdf.getElement().setAttribute("download", true);
        exports.add(new Paragraph(csv, new Span(" · "), pdf));

        content.removeAll();
        for (DashboardReport.Section section : shown.sections()) {
            Section block = new Section();
            block.addClassName("insights-section");
            block.add(new H2(text.section(section.key())));
            if (section.wholeMunicipality() && shown.request().area() != null) {
                block.add(new Paragraph(getTranslation("insights.wholeMunicipality")));
            }
            for (Panel panel : section.panels()) {
                block.add(panel(shown, panel));
            }
            for (Breakdown breakdown : section.breakdowns()) {
                block.add(breakdown(shown, breakdown));
            }
            content.add(block);
        }
    }

    private Component panel(DashboardReport shown, Panel panel) {
        String title = text.panel(panel.key());
        List<String> labels = shown.months().stream().map(text::month).toList();
        List<List<@Nullable Double>> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DashboardReport.Series series : panel.series()) {
            values.add(series.months().stream()
                    .map(c -> c.published() ? c.value() : null)
                    .toList());
            names.add(text.figure(series.key()));
        }
        SvgChart.Data data = new SvgChart.Data(labels, values);
        String name = getTranslation("insights.chartName", title);
        String svg = panel.chart() == ChartType.BAR
                ? SvgChart.bar(name, data, rightToLeft, locale)
                : SvgChart.line(name, data, rightToLeft, locale);
        return figure(
                panel.key(),
                title,
                svg,
                names,
                table(title, text.headers(shown, getTranslation("insights.table.figure")), text.rows(panel, false)));
    }

    private Component breakdown(DashboardReport shown, Breakdown breakdown) {
        String title = text.breakdown(breakdown.key());
        List<String> categories = breakdown.rows().stream()
                .map(r -> text.category(breakdown.dimension(), r.category()))
                .toList();
        List<@Nullable Double> totals = breakdown.rows().stream()
                .<@Nullable Double>map(r -> r.total().published() ? r.total().value() : null)
                .toList();
        String name = getTranslation("insights.chartName", title);
        String svg = SvgChart.bar(name, new SvgChart.Data(categories, List.of(totals)), rightToLeft, locale);
        return figure(
                breakdown.key(),
                title,
                svg,
                List.of(getTranslation("insights.table.total")),
                table(
                        title,
                        text.headers(shown, getTranslation("insights.dimension." + breakdown.dimension())),
                        text.rows(breakdown, false)));
    }

    private Component figure(String key, String title, String svg, List<String> names, NativeTable table) {
        Div figure = new Div();
        figure.addClassName("insights-figure");
        figure.getElement().setAttribute("data-figure", key);
        figure.add(new H3(title));
        Div legend = new Div();
        legend.addClassName("insights-legend");
        for (int i = 0; i < names.size(); i++) {
            Span swatch = new Span();
            swatch.getStyle()
                    .set("display", "inline-block")
                    .set("width", "0.8em")
                    .set("height", "0.8em")
                    .set("background", SvgChart.COLOURS.get(i % SvgChart.COLOURS.size()))
                    .set("margin-inline-end", "var(--lumo-space-xs)");
            swatch.getElement().setAttribute("aria-hidden", "true");
            Span entry = new Span(swatch, new Span(names.get(i)));
            entry.getStyle().set("margin-inline-end", "var(--lumo-space-m)");
            legend.add(entry);
        }
        Svg chart = new Svg(svg);
        chart.addClassName("insights-chart");
        Div scroll = new Div(table);
        scroll.addClassName("insights-table");
        scroll.getStyle().set("overflow-x", "auto");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("insights.tableName", title));
        figure.add(legend, chart, scroll);
        return figure;
    }

    private static NativeTable table(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (List<String> row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            var th = tr.addHeaderCell();
            th.setText(row.get(0));
            th.getElement().setAttribute("scope", "row");
            row.subList(1, row.size()).forEach(v -> tr.addDataCell().setText(v));
        }
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.title") + " – Brobygge";
    }
}
