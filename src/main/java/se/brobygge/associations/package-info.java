/**
 * Associations: verified profiles, representatives (through identity's representation),
 * regular activities, join and contact requests, and a public directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Associations")
@org.jspecify.annotations.NullMarked
package se.brobygge.associations;
