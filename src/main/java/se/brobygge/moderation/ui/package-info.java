@NullMarked
package se.brobygge.moderation.ui;

import org.jspecify.annotations.NullMarked;
