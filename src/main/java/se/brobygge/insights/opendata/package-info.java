/**
 * Open data: public events, meeting places and association activities as JSON (paginated, with a
 * published schema), Atom and iCalendar, for anyone and without a session. Only allow-listed
 * fields leave Brobygge: no account, e-mail address, phone number or private person's name.
 */
@NullMarked
package se.brobygge.insights.opendata;

import org.jspecify.annotations.NullMarked;
