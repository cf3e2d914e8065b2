/** Translations, the offered languages and how a page picks its language. */
@NullMarked
package se.brobygge.shared.i18n;

import org.jspecify.annotations.NullMarked;
