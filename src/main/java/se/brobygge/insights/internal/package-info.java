/** The insights module's own parts that other modules reach only through shared contracts. */
@org.jspecify.annotations.NullMarked
package se.brobygge.insights.internal;
