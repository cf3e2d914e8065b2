@org.jspecify.annotations.NullMarked
package se.brobygge.mentoring.ui;
