/**
 * Mentor matching: residents opt in as mentee and/or mentor, staff run matching rounds whose
 * optimal assignment (OR-Tools min-cost flow) is explained per criterion, both people accept, and
 * the mentorship runs with a meeting log and check-ins at 1, 3 and 6 months.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentoring")
@org.jspecify.annotations.NullMarked
package se.brobygge.mentoring;
