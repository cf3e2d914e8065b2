package se.brobygge.mentoring.matching;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One person in a matching round, as the matching sees them. {@code kinds} is what a mentee seeks
 * or what a mentor offers; {@code capacity} is how many mentees a mentor takes (1 for mentees).
 * {@code partnerMinAge}/{@code partnerMaxAge} is the age range they accept in a partner (null: any).
 */
public record Candidate(
        long id,
        Map<String, LanguageLevel> languages,
        @Nullable String occupation,
        Set<Interest> interests,
        @Nullable String area,
        Set<TimeSlot> times,
        Set<MeetingMode> modes,
        @Nullable AgeBand ageBand,
        Gender gender,
        boolean sameGenderOnly,
        @Nullable AgeBand partnerMinAge,
        @Nullable AgeBand partnerMaxAge,
        Set<MentoringKind> kinds,
        int capacity) {

    public Candidate {
        languages = Map.copyOf(languages);
        interests = Set.copyOf(interests);
        times = Set.copyOf(times);
        modes = Set.copyOf(modes);
        kinds = Set.copyOf(kinds);
    }
}
