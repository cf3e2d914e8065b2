/** The employer sessions' and internships' views; package-private, reached through their routes. */
@NullMarked
package se.brobygge.employers.ui;

import org.jspecify.annotations.NullMarked;
