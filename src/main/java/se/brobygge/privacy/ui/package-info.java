/** Pages of the privacy module: "My data", deletion on request and the access log. */
@NullMarked
package se.brobygge.privacy.ui;

import org.jspecify.annotations.NullMarked;
