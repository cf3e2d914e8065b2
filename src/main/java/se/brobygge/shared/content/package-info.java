/** The contract between modules that hold user-written content and the moderation module. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.content;
