/** Views for notification preferences and the in-app notification list. */
@org.jspecify.annotations.NullMarked
package se.brobygge.notifications.ui;
