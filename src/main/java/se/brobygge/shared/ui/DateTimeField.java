package se.brobygge.shared.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.LocalDate;
import se.brobygge.shared.i18n.Formats;

/**
 * A date and time picker in the page's language: the date part as in {@link DateField}, the time
 * part with the language's clock (24 hours in Swedish). Use it instead of {@link DateTimePicker}.
 */
public class DateTimeField extends DateTimePicker implements LocaleChangeObserver {

    public DateTimeField() {
        super();
    }

    public DateTimeField(String label) {
        super(label);
    }

    /** Called on attach and whenever the page's language changes. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        PickerLocale picker = PickerLocale.of(event.getLocale());
        setLocale(picker.timeLocale());
        setDatePickerI18n(picker.datePickerI18n(this::getTranslation));
        String example = picker.example(LocalDate.now(Formats.MUNICIPALITY_ZONE));
        setI18n(new DateTimePickerI18n()
                .setDateLabel(getTranslation("picker.date"))
                .setTimeLabel(getTranslation("picker.time"))
                .setBadInputErrorMessage(getTranslation("picker.badDate", example))
                .setIncompleteInputErrorMessage(getTranslation("picker.incomplete")));
    }
}
