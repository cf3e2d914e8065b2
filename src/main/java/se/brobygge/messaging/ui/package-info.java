/** Views for private conversations. */
@org.jspecify.annotations.NullMarked
package se.brobygge.messaging.ui;
