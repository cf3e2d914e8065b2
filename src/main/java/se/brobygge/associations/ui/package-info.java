@NullMarked
package se.brobygge.associations.ui;

import org.jspecify.annotations.NullMarked;
