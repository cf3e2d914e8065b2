/** The seating engine: a Timefold model of people at tables, and plain rules to explain a plan. */
@NullMarked
package se.brobygge.employers.internal.seating;

import org.jspecify.annotations.NullMarked;
