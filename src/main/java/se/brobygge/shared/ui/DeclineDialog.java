package se.brobygge.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import se.brobygge.shared.InvalidInputException;

/**
 * Declines something with a reason the other person is told: a labelled, required reason field
 * (focused when the dialog opens), a decline button and a keep button. The service's field errors
 * show on the reason field; the dialog closes once the decline went through.
 */
public class DeclineDialog extends Dialog {

    /** The longest reason the services take. */
    public static final int MAX_REASON = 500;

    /**
     * Translation keys of the dialog's texts.
     *
     * @param heading the dialog's heading, with the declined thing's name as {0}
     * @param reason  the reason field's label
     * @param decline the confirming button
     * @param keep    the button that closes the dialog without declining
     */
    public record Keys(String heading, String reason, String decline, String keep) {}

    private final TextArea reason = new TextArea();

    /**
     * @param name    the name of what is declined, for the heading
     * @param decline called with the reason; throws {@link InvalidInputException} to keep the dialog open
     */
    public DeclineDialog(Keys keys, String name, Consumer<String> decline) {
        setHeaderTitle(getTranslation(keys.heading(), name));
        reason.setLabel(getTranslation(keys.reason()));
        reason.setRequired(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        add(reason);
        Button confirm = new Button(getTranslation(keys.decline()), click -> {
            try {
                decline.accept(reason.getValue());
                close();
            } catch (InvalidInputException ex) {
                // the first error shows on the reason field, whatever the service calls its field
                FieldErrors.show(ex, Map.of(ex.errors().getFirst().field(), reason), this);
                reason.focus();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation(keys.keep()), click -> close()), confirm);
    }

    /** Opens the dialog with the focus on the reason field. */
    @Override
    public void open() {
        super.open();
        reason.focus();
    }

    TextArea reason() {
        return reason;
    }
}
