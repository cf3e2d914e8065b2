/** Demo data for the local run. */
@org.jspecify.annotations.NullMarked
package se.brobygge.mentoring.internal;
