/**
 * Mentor matching: residents opt in as mentee and/or mentor, staff run matching rounds whose
 * optimal assignment (OR-Tools min-cost flow) is explained per criterion, both people accept, and
 * the mentorship runs with a meeting log and check-ins at 1, 3 and 6 months.
 *
 * <p>The API's value types ({@link Gender}, {@link Interest}, {@link Criterion}
 * ...) mirror the solver's in {@code matching}, which stays
 * free of the API; internal code maps one to the other by constant name.
 */
@ApplicationModule(displayName = "Mentoring")
@NullMarked
package se.brobygge.mentoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
