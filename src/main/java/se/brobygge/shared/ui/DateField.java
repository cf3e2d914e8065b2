package se.brobygge.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.LocalDate;

/**
 * A date picker in the page's language: month and day names, the first day of the week and the
 * date format follow the page; dates typed in the page's format or as ISO (2026-12-24) are
 * accepted. Use it instead of {@link DatePicker}.
 */
public class DateField extends DatePicker implements LocaleChangeObserver {

    public DateField() {
        super();
    }

    public DateField(String label) {
        super(label);
    }

    public DateField(String label, LocalDate initialValue) {
        super(label, initialValue);
    }

    /** Called on attach and whenever the page's language changes. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        PickerLocale picker = PickerLocale.of(event.getLocale());
        setLocale(picker.namesLocale());
        setI18n(picker.datePickerI18n(this::getTranslation));
    }
}
