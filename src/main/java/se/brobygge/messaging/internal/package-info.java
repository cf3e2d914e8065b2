/** Conversation and message entities and repositories; messaging's implementation. */
@org.jspecify.annotations.NullMarked
package se.brobygge.messaging.internal;
