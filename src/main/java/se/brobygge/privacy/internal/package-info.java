/** Building, storing and purging exports; erasing an account across the modules. */
@org.jspecify.annotations.NullMarked
package se.brobygge.privacy.internal;
