@NullMarked
package se.brobygge.moderation.internal;

import org.jspecify.annotations.NullMarked;
