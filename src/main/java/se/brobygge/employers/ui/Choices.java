package se.brobygge.employers.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;

import se.brobygge.employers.Occupations;

/** Choices shared by several forms: languages and the occupation list. */
final class Choices {

    static final List<String> LANGUAGES = List.of("sv", "en", "ar", "prs", "fa", "so", "ti", "uk", "ku", "bs", "pl",
            "es", "fr", "de", "ru", "tr");

    private Choices() {
    }

    /** An occupation picker; a code from the list, or free text while the shared list is not in place. */
    static ComboBox<String> occupation(Occupations occupations, Locale locale, String label) {
        ComboBox<String> box = new ComboBox<>(label);
        List<String> codes = occupations.all(locale).stream().map(Occupations.Occupation::code).toList();
        box.setItems(codes);
        box.setItemLabelGenerator(code -> code == null ? "" : occupations.name(code, locale));
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> box.setValue(e.getDetail()));
        return box;
    }
}
