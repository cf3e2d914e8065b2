/** The follow-up dashboard: figures per period, area and group, from the roll-up tables. */
@org.jspecify.annotations.NullMarked
package se.brobygge.insights.dashboard;
