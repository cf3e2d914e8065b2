/** Shared UI components: form fields in the page's locale, field errors, text direction, sign-in links. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.ui;
