/** The application: its start (production and local run) and the configuration that joins the modules. */
@org.jspecify.annotations.NullMarked
package se.brobygge;
