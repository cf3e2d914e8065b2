/** Views for signing in, registering and the own profile. */
@org.jspecify.annotations.NullMarked
package se.brobygge.identity.ui;
