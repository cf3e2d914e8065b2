package se.brobygge.shared.ui;

import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * A time picker with the page's clock: 24 hours in Swedish, the language's own elsewhere, always
 * readable back when typed. Use it instead of {@link TimePicker}.
 */
public class TimeField extends TimePicker implements LocaleChangeObserver {

    public TimeField() {
        super();
    }

    public TimeField(String label) {
        super(label);
    }

    /** Called on attach and whenever the page's language changes. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        setLocale(PickerLocale.of(event.getLocale()).timeLocale());
    }
}
