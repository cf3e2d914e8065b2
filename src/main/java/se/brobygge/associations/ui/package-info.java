@org.jspecify.annotations.NullMarked
package se.brobygge.associations.ui;
