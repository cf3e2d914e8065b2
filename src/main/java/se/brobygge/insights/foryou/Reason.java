package se.brobygge.insights.foryou;

import java.time.DayOfWeek;

/**
 * One part of a suggestion's reason, before translation: the view writes
 * {@code foryou.reason.<kind>} with {@code value} in the reader's language (a language code, an
 * area, a weekday, a topic, a goal or an occupation code).
 */
public record Reason(Kind kind, String value) {

    public enum Kind {
        /** In a language the person speaks (value: language code). */
        LANGUAGE,
        /** In the person's area (value: the area). */
        AREA,
        /** On a day the person can (value: {@link DayOfWeek} name). */
        ON_DAY,
        /** Every week on a day the person can (value: {@link DayOfWeek} name). */
        EVERY_DAY,
        /** About something the person likes (value: {@link Topic} name). */
        TOPIC,
        /** Helps with what the person wants (value: {@link Goal} name). */
        GOAL,
        /** In the person's occupation (value: SSYK code). */
        OCCUPATION
    }
}
