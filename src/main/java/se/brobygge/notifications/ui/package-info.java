/** Views for notification preferences and the in-app notification list. */
@NullMarked
package se.brobygge.notifications.ui;

import org.jspecify.annotations.NullMarked;
