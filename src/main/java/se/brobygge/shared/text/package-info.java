/**
 * Text people type: plain text cleaned of control characters at the services' boundaries
 * ({@link se.brobygge.shared.text.PlainText}), and rich text (Markdown descriptions) cleaned when
 * saved and sanitised again when shown ({@link se.brobygge.shared.text.RichText}). See
 * docs/decisions/0030.
 */
@NullMarked
package se.brobygge.shared.text;

import org.jspecify.annotations.NullMarked;
