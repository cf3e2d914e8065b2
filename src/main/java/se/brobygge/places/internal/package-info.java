@NullMarked
package se.brobygge.places.internal;

import org.jspecify.annotations.NullMarked;
