@NullMarked
package se.brobygge.places.ui;

import org.jspecify.annotations.NullMarked;
