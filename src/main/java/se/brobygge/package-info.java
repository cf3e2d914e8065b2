/** The application: its start (production and local run) and the configuration that joins the modules. */
@NullMarked
package se.brobygge;

import org.jspecify.annotations.NullMarked;
