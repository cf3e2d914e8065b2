@NullMarked
package se.brobygge.associations.internal;

import org.jspecify.annotations.NullMarked;
