@org.jspecify.annotations.NullMarked
package se.brobygge.dialogue.internal;
