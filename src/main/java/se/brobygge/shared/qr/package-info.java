/** QR codes as SVG (pages) and PNG (mail). */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.qr;
