package se.brobygge.mentoring;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/**
 * The parts of a profile a partner sees once both have accepted: no gender, age, preferences or
 * sensitive details.
 */
public record PartnerProfile(
        AccountId accountId,
        String displayName,
        Map<String, LanguageLevel> languages,
        @Nullable String occupation,
        Set<Interest> interests,
        String freeTags,
        @Nullable String area,
        Set<TimeSlot> times,
        Set<MeetingMode> modes,
        String goals) {}
