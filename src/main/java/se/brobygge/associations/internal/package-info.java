@org.jspecify.annotations.NullMarked
package se.brobygge.associations.internal;
