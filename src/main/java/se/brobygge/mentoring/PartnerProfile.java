package se.brobygge.mentoring;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.matching.Interest;
import se.brobygge.mentoring.matching.LanguageLevel;
import se.brobygge.mentoring.matching.MeetingMode;
import se.brobygge.mentoring.matching.TimeSlot;

/**
 * The parts of a profile a partner sees once both have accepted: no gender, age, preferences or
 * sensitive details.
 */
public record PartnerProfile(
        long accountId,
        String displayName,
        Map<String, LanguageLevel> languages,
        @Nullable String occupation,
        Set<Interest> interests,
        String freeTags,
        @Nullable String area,
        Set<TimeSlot> times,
        Set<MeetingMode> modes,
        String goals) {}
