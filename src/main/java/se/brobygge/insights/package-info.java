/**
 * Follow-up and reach: the staff dashboard of figures and trends (with small cells suppressed),
 * the residents' "For you" suggestions, open data feeds of public events, places and activities,
 * and the easy-read (lättläst) pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
@org.jspecify.annotations.NullMarked
package se.brobygge.insights;
