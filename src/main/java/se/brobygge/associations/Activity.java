package se.brobygge.associations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A regular activity of an association; {@code eventIds} are the events made from it. */
public record Activity(
        long id,
        AssociationId associationId,
        String associationName,
        String title,
        String description,
        DayOfWeek weekday,
        LocalTime startsAt,
        LocalTime endsAt,
        Recurrence recurrence,
        @Nullable Long placeId,
        boolean hidden,
        List<Long> eventIds,
        long version) {}
