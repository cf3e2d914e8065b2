/** The shell's own records: which languages a translator has checked. */
@NullMarked
package se.brobygge.shell.internal;

import org.jspecify.annotations.NullMarked;
