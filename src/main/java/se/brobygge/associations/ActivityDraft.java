package se.brobygge.associations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A regular activity, e.g. football for girls on Tuesdays 18-19 at a sports hall. */
public record ActivityDraft(
        String title,
        String description,
        @Nullable DayOfWeek weekday,
        @Nullable LocalTime startsAt,
        @Nullable LocalTime endsAt,
        @Nullable Recurrence recurrence,
        @Nullable Long placeId) {}
