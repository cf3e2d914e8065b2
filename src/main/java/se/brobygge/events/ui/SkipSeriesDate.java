package se.brobygge.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import se.brobygge.events.EventSeriesService;
import se.brobygge.events.EventStatus;
import se.brobygge.events.SeriesDetails;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.FieldErrors;

/**
 * For the organiser on the series page: take one coming date out of the series. Its occurrence is
 * cancelled with the reason, and everyone signed up for it is told.
 */
class SkipSeriesDate extends Details {

    SkipSeriesDate(EventSeriesService service, SeriesDetails series, Locale locale, Instant now, Runnable skipped) {
        setSummaryText(getTranslation("events.series.skip.title"));
        addClassName("skip-series-date");
        Select<LocalDate> date = new Select<>();
        date.setLabel(getTranslation("events.series.skip.date"));
        date.setItems(series.occurrences().stream()
                .filter(o -> o.status() == EventStatus.PUBLISHED && o.startsAt().isAfter(now))
                .map(o -> LocalDateTime.ofInstant(o.startsAt(), Formats.MUNICIPALITY_ZONE)
                        .toLocalDate())
                .distinct()
                .toList());
        date.setItemLabelGenerator(d -> d == null ? "" : Formats.date(d, locale));
        TextArea reason = new TextArea(getTranslation("events.cancel.reason"));
        reason.setHelperText(getTranslation("events.cancel.reason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button skip = new Button(getTranslation("events.series.skip.button"), click -> {
            if (date.getValue() == null) {
                date.setErrorMessage(getTranslation("events.validation.required"));
                date.setInvalid(true);
                return;
            }
            try {
                service.skipDate(series.id(), date.getValue(), reason.getValue());
                Notification.show(getTranslation("events.series.skip.done", Formats.date(date.getValue(), locale)));
                skipped.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("date", date, "reason", reason), this);
            }
        });
        skip.addThemeVariants(ButtonVariant.LUMO_ERROR);
        skip.addClassName("skip-date");
        add(date, reason, skip);
    }
}
