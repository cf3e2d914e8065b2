@org.jspecify.annotations.NullMarked
package se.brobygge.places.ui;
