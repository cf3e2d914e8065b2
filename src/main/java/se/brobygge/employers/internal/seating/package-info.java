/** The seating engine: a Timefold model of people at tables, and plain rules to explain a plan. */
@org.jspecify.annotations.NullMarked
package se.brobygge.employers.internal.seating;
