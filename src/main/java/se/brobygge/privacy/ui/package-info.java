/** Pages of the privacy module: "My data", deletion on request and the access log. */
@org.jspecify.annotations.NullMarked
package se.brobygge.privacy.ui;
