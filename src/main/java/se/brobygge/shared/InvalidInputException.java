package se.brobygge.shared;

import java.util.List;

/**
 * Thrown by a service when input breaks a rule. Each {@link FieldError} names the field and a
 * translation key, so that the view can show a translated message next to that field. Nothing has
 * been saved when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String messageKey) {
        this(List.of(new FieldError(field, messageKey)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String messageKey) {}
}
