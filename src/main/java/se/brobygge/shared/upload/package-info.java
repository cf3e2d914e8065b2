/**
 * Uploads with a size limit that holds while the bytes arrive: the browser's check is only a
 * courtesy, so the server stops reading at the limit, and refuses too large requests up front.
 */
@NullMarked
package se.brobygge.shared.upload;

import org.jspecify.annotations.NullMarked;
