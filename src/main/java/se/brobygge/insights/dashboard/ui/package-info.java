/** The follow-up dashboard's view. */
@org.jspecify.annotations.NullMarked
package se.brobygge.insights.dashboard.ui;
