/**
 * What operators watch: metrics every module may publish with {@link se.brobygge.shared.operations.DatabaseGauge},
 * the count of open Vaadin sessions and the backlog of the event publication registry.
 */
@NullMarked
package se.brobygge.shared.operations;

import org.jspecify.annotations.NullMarked;
