/** Views for finding, signing up for, organising and reviewing events. */
@org.jspecify.annotations.NullMarked
package se.brobygge.events.ui;
