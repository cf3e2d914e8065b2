/** Shared UI components: form fields in the page's locale, field errors, text direction, sign-in links. */
@NullMarked
package se.brobygge.shared.ui;

import org.jspecify.annotations.NullMarked;
