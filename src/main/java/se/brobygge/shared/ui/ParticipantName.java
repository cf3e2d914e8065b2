package se.brobygge.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A person's name as shown next to what they wrote: a deleted account keeps its contributions but
 * not its name, and is shown as "deleted participant" in the reader's language.
 */
public final class ParticipantName {

    private ParticipantName() {}

    public static String of(String name, Component translator) {
        return name.isBlank() ? translator.getTranslation("privacy.deletedParticipant") : name;
    }
}
