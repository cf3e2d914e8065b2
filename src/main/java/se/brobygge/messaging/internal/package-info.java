/** Conversation and message entities and repositories; messaging's implementation. */
@NullMarked
package se.brobygge.messaging.internal;

import org.jspecify.annotations.NullMarked;
