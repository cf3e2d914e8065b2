/**
 * Näringslivsupprop (employer sessions) and internships: employer organisations and their
 * verification, sessions with seat quotas per role, presentation cards, seating plans made by a
 * constraint solver, contacts and outcomes, internship and job postings, interest and suggestions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
@org.jspecify.annotations.NullMarked
package se.brobygge.employers;
