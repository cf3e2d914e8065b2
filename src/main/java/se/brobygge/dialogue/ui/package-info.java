@NullMarked
package se.brobygge.dialogue.ui;

import org.jspecify.annotations.NullMarked;
