/**
 * User-written rich text (Markdown descriptions): cleaned when saved, sanitised again when shown.
 * See docs/decisions/0030.
 */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.text;
