package se.brobygge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.InvalidInputException;

/** Shows a service's field errors next to the fields, translated, and clears old ones. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** @return the first field that got an error, to move the focus there; null if none of them did */
    public static <F extends HasValidation> @Nullable F show(
            InvalidInputException e, Map<String, F> fields, Component translator) {
        clear(fields);
        @Nullable F first = null;
        for (InvalidInputException.FieldError error : e.errors()) {
            F field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(translator.getTranslation(error.messageKey()));
                field.setInvalid(true);
                if (first == null) {
                    first = field;
                }
            }
        }
        return first;
    }
}
