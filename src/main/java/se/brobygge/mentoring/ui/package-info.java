@NullMarked
package se.brobygge.mentoring.ui;

import org.jspecify.annotations.NullMarked;
