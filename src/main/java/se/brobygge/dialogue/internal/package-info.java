@NullMarked
package se.brobygge.dialogue.internal;

import org.jspecify.annotations.NullMarked;
