/**
 * Building blocks every module may use: configuration of the municipality, time, i18n helpers and
 * small UI components. An open module without business logic.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package se.brobygge.shared;
