/** Building, storing and purging exports; erasing an account across the modules. */
@NullMarked
package se.brobygge.privacy.internal;

import org.jspecify.annotations.NullMarked;
