/** The follow-up dashboard's view. */
@NullMarked
package se.brobygge.insights.dashboard.ui;

import org.jspecify.annotations.NullMarked;
