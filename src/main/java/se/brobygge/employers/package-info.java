/**
 * Näringslivsupprop (employer sessions) and internships: employer organisations and their
 * verification, sessions with seat quotas per role, presentation cards, seating plans made by a
 * constraint solver, contacts and outcomes, internship and job postings, interest and suggestions.
 */
@ApplicationModule(displayName = "Employers")
@NullMarked
package se.brobygge.employers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
