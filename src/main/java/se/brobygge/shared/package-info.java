/**
 * Building blocks every module may use: configuration of the municipality, time, i18n helpers and
 * small UI components. An open module without business logic.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package se.brobygge.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
