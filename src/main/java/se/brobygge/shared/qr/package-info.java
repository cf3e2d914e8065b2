/** QR codes as SVG (pages) and PNG (mail). */
@NullMarked
package se.brobygge.shared.qr;

import org.jspecify.annotations.NullMarked;
