package se.brobygge.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;

import se.brobygge.shared.occupation.Occupation;
import se.brobygge.shared.occupation.Occupations;

/**
 * A searchable choice of occupation (SSYK 2012 groups), named in the UI's language; typing filters
 * by code or by the name in Swedish, English or Arabic.
 */
public class OccupationField extends ComboBox<Occupation> {

    public OccupationField(String label, Locale locale) {
        super(label);
        setItems((Occupation o, String filter) -> o.matches(filter), Occupations.all());
        setItemLabelGenerator(o -> o.name(locale));
        setClearButtonVisible(true);
    }
}
