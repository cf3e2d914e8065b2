/** The insights module's own parts that other modules reach only through shared contracts. */
@NullMarked
package se.brobygge.insights.internal;

import org.jspecify.annotations.NullMarked;
