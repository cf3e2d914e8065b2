/**
 * Every CSV file the platform hands out (attendee lists, dialogue posts, the moderation and access
 * logs, the dashboard) is written by {@link se.brobygge.shared.csv.CsvWriter}, which keeps text that
 * people typed from being read as a formula by a spreadsheet program.
 */
@NullMarked
package se.brobygge.shared.csv;

import org.jspecify.annotations.NullMarked;
