/** The employer sessions' and internships' views; package-private, reached through their routes. */
@org.jspecify.annotations.NullMarked
package se.brobygge.employers.ui;
