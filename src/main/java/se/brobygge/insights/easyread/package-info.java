/**
 * Easy-read (lättläst) help texts with a switch between the ordinary and the easy version, and the
 * accessibility statement with its known gaps and the form to report a barrier, which staff answer
 * by mail.
 */
@NullMarked
package se.brobygge.insights.easyread;

import org.jspecify.annotations.NullMarked;
