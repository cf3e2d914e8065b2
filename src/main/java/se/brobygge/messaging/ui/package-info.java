/** Views for private conversations. */
@NullMarked
package se.brobygge.messaging.ui;

import org.jspecify.annotations.NullMarked;
