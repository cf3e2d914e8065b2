/** Translations, the offered languages and how a page picks its language. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.i18n;
