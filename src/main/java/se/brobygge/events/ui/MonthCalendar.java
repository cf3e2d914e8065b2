package se.brobygge.events.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.Written;

/**
 * A month as a table (weeks as rows, Monday first, as in Sweden): each day lists its events as
 * links. A real table with a caption and column headers, so screen readers announce the weekday
 * and date of every cell; it follows the page's direction in Arabic.
 */
class MonthCalendar extends Div {

    /** Events shown in a day's cell; a "more" link leads to the rest. */
    static final int PER_DAY = 4;

    MonthCalendar(YearMonth month, List<EventSummary> events, Locale locale) {
        addClassName("month-calendar");
        Map<LocalDate, List<EventSummary>> byDay = new TreeMap<>();
        for (EventSummary e : events) {
            LocalDate day = LocalDateTime.ofInstant(e.startsAt(), Formats.MUNICIPALITY_ZONE)
                    .toLocalDate();
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(e);
        }
        Element table = new Element("table");
        Element caption = new Element("caption");
        caption.setText(Formats.monthYear(month, locale));
        table.appendChild(caption);
        Element head = new Element("thead");
        Element headRow = new Element("tr");
        for (DayOfWeek d : DayOfWeek.values()) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            Element abbr = new Element("abbr");
            abbr.setAttribute("title", Formats.weekdayHeading(d, locale));
            abbr.setText(Formats.shortWeekdayHeading(d, locale));
            th.appendChild(abbr);
            headRow.appendChild(th);
        }
        head.appendChild(headRow);
        table.appendChild(head);
        Element body = new Element("tbody");
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate today = LocalDate.now(Formats.MUNICIPALITY_ZONE);
        Function<LocalDate, String> fullDate = d -> Formats.date(d, locale);
        while (!cursor.isAfter(month.atEndOfMonth())) {
            Element row = new Element("tr");
            for (int i = 0; i < 7; i++) {
                Element cell = new Element("td");
                if (YearMonth.from(cursor).equals(month)) {
                    Element number = new Element("span");
                    number.getClassList().add("day-number");
                    number.setText(String.valueOf(cursor.getDayOfMonth()));
                    number.setAttribute("aria-label", fullDate.apply(cursor));
                    cell.appendChild(number);
                    if (cursor.equals(today)) {
                        cell.getClassList().add("today");
                        cell.setAttribute("aria-current", "date");
                    }
                    List<EventSummary> onDay = byDay.getOrDefault(cursor, List.of());
                    if (!onDay.isEmpty()) {
                        UnorderedList list = new UnorderedList();
                        for (EventSummary e : onDay.subList(0, Math.min(onDay.size(), PER_DAY))) {
                            RouterLink link = new RouterLink(
                                    Formats.time(e.startsAt(), locale) + " "
                                            + Written.isolate(e.titles()
                                                    .in(Language.of(locale))
                                                    .text()),
                                    EventView.class,
                                    new RouteParameters("id", e.id().toString()));
                            ListItem item = new ListItem(link);
                            if (e.status() == EventStatus.CANCELLED) {
                                item.addClassName("cancelled");
                            }
                            list.add(item);
                        }
                        if (onDay.size() > PER_DAY) {
                            // a crowded day: the rest are in the list for that day
                            String day = cursor.toString();
                            Anchor more = new Anchor(
                                    "events?from=" + day + "&to=" + day,
                                    getTranslation("events.view.moreOnDay", onDay.size() - PER_DAY));
                            more.getElement()
                                    .setAttribute(
                                            "aria-label",
                                            getTranslation(
                                                    "events.view.moreOnDayLabel",
                                                    onDay.size() - PER_DAY,
                                                    fullDate.apply(cursor)));
                            list.add(new ListItem(more));
                        }
                        cell.appendChild(list.getElement());
                    }
                } else {
                    cell.getClassList().add("other-month");
                }
                row.appendChild(cell);
                cursor = cursor.plusDays(1);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }
}
