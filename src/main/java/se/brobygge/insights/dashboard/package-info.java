/** The follow-up dashboard: figures per period, area and group, from the roll-up tables. */
@NullMarked
package se.brobygge.insights.dashboard;

import org.jspecify.annotations.NullMarked;
