package se.brobygge.mentoring.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.brobygge.mentoring.ProfileDraft;

/** A profile as the solver sees it, for tests that compare the service's result with the solver's. */
public final class Candidates {

    private Candidates() {}

    public static Candidate of(long id, ProfileDraft d, boolean mentee) {
        Map<String, LanguageLevel> languages = new HashMap<>();
        d.languages().forEach((code, level) -> languages.put(code, same(level, LanguageLevel.class)));
        return new Candidate(
                id,
                languages,
                d.occupation(),
                same(d.interests(), Interest.class),
                d.area(),
                same(d.times(), TimeSlot.class),
                same(d.modes(), MeetingMode.class),
                d.ageBand() == null ? null : same(d.ageBand(), AgeBand.class),
                same(d.gender(), Gender.class),
                d.sameGenderOnly(),
                d.partnerMinAge() == null ? null : same(d.partnerMinAge(), AgeBand.class),
                d.partnerMaxAge() == null ? null : same(d.partnerMaxAge(), AgeBand.class),
                same(mentee ? d.seeking() : d.offering(), MentoringKind.class),
                mentee ? 1 : d.capacity());
    }

    private static <E extends Enum<E>> E same(Enum<?> value, Class<E> type) {
        return Enum.valueOf(type, value.name());
    }

    private static <E extends Enum<E>> Set<E> same(Set<? extends Enum<?>> values, Class<E> type) {
        return values.stream().map(v -> same(v, type)).collect(Collectors.toSet());
    }
}
