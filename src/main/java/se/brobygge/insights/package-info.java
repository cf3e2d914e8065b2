/**
 * Follow-up and reach: the staff dashboard of figures and trends (with small cells suppressed),
 * the residents' "For you" suggestions, open data feeds of public events, places and activities,
 * and the easy-read (lättläst) pages.
 */
@ApplicationModule(displayName = "Insights")
@NullMarked
package se.brobygge.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
