package se.brobygge.insights.foryou;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/** When a resident can take part (the third question); the same three slots as mentoring uses. */
public enum Availability {
    WEEKDAYS,
    EVENINGS,
    WEEKENDS;

    /** Weekend days are weekends; other days from five in the afternoon are evenings. */
    public static Availability of(LocalDateTime start) {
        if (start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return WEEKENDS;
        }
        return start.getHour() >= 17 ? EVENINGS : WEEKDAYS;
    }
}
