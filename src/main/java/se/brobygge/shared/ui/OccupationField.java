package se.brobygge.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.occupation.Occupation;
import se.brobygge.shared.occupation.Occupations;

/**
 * A searchable choice of occupation (the SSYK 2012 unit groups), named in the UI's language. Typing
 * searches codes, names and common job titles in any of the seven languages, best matches first; when
 * nothing matches, the helper text says so and suggests words to try, until something matches or a
 * value is chosen. A value stored by an earlier version (a two-digit group) still shows its name.
 */
public class OccupationField extends ComboBox<Occupation> {

    private final Locale locale;
    private @Nullable String helperText;
    private boolean saysNoMatch;
    private String lastQuery = "";
    private List<Occupation> lastFound = List.of();

    public OccupationField(String label, Locale locale) {
        super(label);
        this.locale = locale;
        // searched on the server always: the browser's own filter knows only the shown names
        setItems(
                query -> found(query.getFilter().orElse("")).stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()),
                query -> found(query.getFilter().orElse("")).size());
        setItemLabelGenerator(o -> o.name(locale));
        setClearButtonVisible(true);
        addValueChangeListener(e -> showHelper());
    }

    /** The form's own hint; shown whenever the field is not telling that nothing matched. */
    @Override
    public void setHelperText(@Nullable String helperText) {
        this.helperText = helperText;
        if (!saysNoMatch) {
            super.setHelperText(helperText);
        }
    }

    private List<Occupation> found(String query) {
        if (!query.equals(lastQuery)) {
            lastQuery = query;
            lastFound = Occupations.search(query, locale);
        }
        if (query.isBlank()) {
            // the list empties its filter when it closes: keep telling what did not match
            return lastFound;
        }
        if (lastFound.isEmpty()) {
            saysNoMatch = true;
            super.setHelperText(getTranslation(locale, "occupation.noMatch", query.strip()));
        } else {
            showHelper();
        }
        return lastFound;
    }

    private void showHelper() {
        if (saysNoMatch) {
            saysNoMatch = false;
            super.setHelperText(helperText);
        }
    }
}
