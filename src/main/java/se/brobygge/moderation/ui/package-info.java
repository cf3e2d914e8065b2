@org.jspecify.annotations.NullMarked
package se.brobygge.moderation.ui;
