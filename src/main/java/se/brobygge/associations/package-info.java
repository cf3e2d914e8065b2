/**
 * Associations: verified profiles, representatives (through identity's representation),
 * regular activities, join and contact requests, and a public directory.
 */
@ApplicationModule(displayName = "Associations")
@NullMarked
package se.brobygge.associations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
