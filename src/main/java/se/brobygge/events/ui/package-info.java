/** Views for finding, signing up for, organising and reviewing events. */
@NullMarked
package se.brobygge.events.ui;

import org.jspecify.annotations.NullMarked;
