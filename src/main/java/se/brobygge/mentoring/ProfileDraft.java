package se.brobygge.mentoring;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a resident says about themselves for mentoring. {@code languages} maps language codes
 * (ISO 639, e.g. "sv", "ar", "prs") to a level; {@code occupation} is an SSYK 2012 group code;
 * {@code capacity} is how many mentees a mentor takes at a time.
 */
public record ProfileDraft(
        boolean asMentee,
        boolean asMentor,
        Set<MentoringKind> seeking,
        Set<MentoringKind> offering,
        Map<String, LanguageLevel> languages,
        @Nullable String occupation,
        Set<Interest> interests,
        String freeTags,
        @Nullable String area,
        Set<TimeSlot> times,
        Set<MeetingMode> modes,
        @Nullable AgeBand ageBand,
        Gender gender,
        boolean sameGenderOnly,
        @Nullable AgeBand partnerMinAge,
        @Nullable AgeBand partnerMaxAge,
        int capacity,
        String goals) {

    public ProfileDraft {
        seeking = Set.copyOf(seeking);
        offering = Set.copyOf(offering);
        languages = Map.copyOf(languages);
        interests = Set.copyOf(interests);
        times = Set.copyOf(times);
        modes = Set.copyOf(modes);
    }

    /** An empty profile: not opted in to anything yet. */
    public static ProfileDraft empty() {
        return new ProfileDraft(
                false,
                false,
                Set.of(),
                Set.of(),
                Map.of(),
                null,
                Set.of(),
                "",
                null,
                Set.of(),
                Set.of(),
                null,
                Gender.UNSTATED,
                false,
                null,
                null,
                1,
                "");
    }
}
