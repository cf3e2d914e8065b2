/**
 * The frame around every page: layout, navigation, language switcher, start page, accessibility
 * statement and error pages.
 */
@ApplicationModule(displayName = "Shell")
@NullMarked
package se.brobygge.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
