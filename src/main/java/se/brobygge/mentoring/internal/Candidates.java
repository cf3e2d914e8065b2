package se.brobygge.mentoring.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.matching.AgeBand;
import se.brobygge.mentoring.matching.Candidate;
import se.brobygge.mentoring.matching.Gender;
import se.brobygge.mentoring.matching.Interest;
import se.brobygge.mentoring.matching.LanguageLevel;
import se.brobygge.mentoring.matching.MeetingMode;
import se.brobygge.mentoring.matching.MentoringKind;
import se.brobygge.mentoring.matching.TimeSlot;

/** A profile as the solver sees it, in the solver's own types (they share their constants' names with the API's). */
public final class Candidates {

    private Candidates() {}

    /**
     * @param mentee whether the person is in the round as mentee (what they seek counts) or as mentor
     *     (what they offer counts)
     * @param capacity how many mentees they can take in this round (1 for a mentee)
     */
    public static Candidate of(long id, ProfileDraft d, boolean mentee, int capacity) {
        Map<String, LanguageLevel> languages = new HashMap<>();
        d.languages().forEach((code, level) -> languages.put(code, Codec.same(level, LanguageLevel.class)));
        return new Candidate(
                id,
                languages,
                d.occupation(),
                same(d.interests(), Interest.class),
                d.area(),
                same(d.times(), TimeSlot.class),
                same(d.modes(), MeetingMode.class),
                d.ageBand() == null ? null : Codec.same(d.ageBand(), AgeBand.class),
                Codec.same(d.gender(), Gender.class),
                d.sameGenderOnly(),
                d.partnerMinAge() == null ? null : Codec.same(d.partnerMinAge(), AgeBand.class),
                d.partnerMaxAge() == null ? null : Codec.same(d.partnerMaxAge(), AgeBand.class),
                same(mentee ? d.seeking() : d.offering(), MentoringKind.class),
                capacity);
    }

    private static <E extends Enum<E>> Set<E> same(Set<? extends Enum<?>> values, Class<E> type) {
        return values.stream().map(v -> Codec.same(v, type)).collect(Collectors.toSet());
    }
}
