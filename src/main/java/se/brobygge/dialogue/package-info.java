/**
 * Citizen dialogue: staff open a question for a time window, residents post and reply in any
 * language, staff answer officially and close with a summary for decision makers (PDF, CSV).
 * Every post goes to moderation through {@link se.brobygge.shared.content}.
 */
@ApplicationModule(displayName = "Dialogue")
@NullMarked
package se.brobygge.dialogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
