/** Views for signing in, registering and the own profile. */
@NullMarked
package se.brobygge.identity.ui;

import org.jspecify.annotations.NullMarked;
