/**
 * The frame around every page: layout, navigation, language switcher, start page, accessibility
 * statement and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
@org.jspecify.annotations.NullMarked
package se.brobygge.shell;
