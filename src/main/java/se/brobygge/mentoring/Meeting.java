package se.brobygge.mentoring;

import java.time.LocalDate;

/** One line of a mentorship's meeting log; {@code what} is empty when a moderator hid it. */
public record Meeting(long id, LocalDate date, int minutes, String what, String authorName, boolean hidden) {}
