package se.brobygge.mentoring.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.brobygge.shared.occupation.Occupations;

/**
 * Mentees and mentors packed into bit masks and small integers, so that scoring a pair is a few
 * machine instructions: a round of 10,000 × 10,000 scores every pair in well under a second.
 * Languages, occupations and areas are numbered per population (up to 128 languages).
 */
public final class Population {

    final List<Candidate> mentees;
    final List<Candidate> mentors;
    final Side menteeSide;
    final Side mentorSide;
    private final String[] languageCodes;
    final int swedish;

    /** One side's people as arrays, index = position in the list. */
    static final class Side {
        final long[] lang0;
        final long[] lang1;
        final byte[] swedishLevel;
        final int[] kinds;
        final int[] occupation;
        final long[] interests;
        final int[] area;
        final int[] times;
        final int[] modes;
        final int[] age;
        final int[] gender;
        final boolean[] sameGender;
        final int[] partnerMin;
        final int[] partnerMax;
        final int[] capacity;

        Side(int n) {
            lang0 = new long[n];
            lang1 = new long[n];
            swedishLevel = new byte[n];
            kinds = new int[n];
            occupation = new int[n];
            interests = new long[n];
            area = new int[n];
            times = new int[n];
            modes = new int[n];
            age = new int[n];
            gender = new int[n];
            sameGender = new boolean[n];
            partnerMin = new int[n];
            partnerMax = new int[n];
            capacity = new int[n];
        }
    }

    public Population(List<Candidate> mentees, List<Candidate> mentors) {
        this.mentees = List.copyOf(mentees);
        this.mentors = List.copyOf(mentors);
        Map<String, Integer> languages = new HashMap<>();
        languages.put("sv", 0);
        Map<String, Integer> areas = new HashMap<>();
        this.menteeSide = encode(this.mentees, languages, areas);
        this.mentorSide = encode(this.mentors, languages, areas);
        this.languageCodes = new String[languages.size()];
        languages.forEach((code, index) -> languageCodes[index] = code);
        this.swedish = 0;
    }

    public int menteeCount() {
        return mentees.size();
    }

    public int mentorCount() {
        return mentors.size();
    }

    public Candidate mentee(int index) {
        return mentees.get(index);
    }

    public Candidate mentor(int index) {
        return mentors.get(index);
    }

    String languageCode(int index) {
        return languageCodes[index];
    }

    private static Side encode(List<Candidate> people, Map<String, Integer> languages, Map<String, Integer> areas) {
        Side side = new Side(people.size());
        for (int i = 0; i < people.size(); i++) {
            Candidate c = people.get(i);
            side.swedishLevel[i] = -1;
            for (var language : c.languages().entrySet()) {
                int index = languages.computeIfAbsent(language.getKey(), k -> languages.size());
                if (index >= 128) {
                    throw new IllegalArgumentException("More than 128 languages in one round");
                }
                if (index < 64) {
                    side.lang0[i] |= 1L << index;
                } else {
                    side.lang1[i] |= 1L << (index - 64);
                }
                if (index == 0) {
                    side.swedishLevel[i] = (byte) language.getValue().ordinal();
                }
            }
            side.kinds[i] = mask(c.kinds());
            // the sub-major group (two digits) of a unit group code or of a stored two-digit code
            side.occupation[i] = c.occupation() == null ? -1 : Integer.parseInt(Occupations.group(c.occupation()));
            long interests = 0;
            for (Interest interest : c.interests()) {
                interests |= 1L << interest.ordinal();
            }
            side.interests[i] = interests;
            side.area[i] = c.area() == null ? -1 : areas.computeIfAbsent(c.area(), k -> areas.size());
            side.times[i] = mask(c.times());
            side.modes[i] = mask(c.modes());
            side.age[i] = c.ageBand() == null ? -1 : c.ageBand().ordinal();
            side.gender[i] = c.gender().ordinal();
            side.sameGender[i] = c.sameGenderOnly();
            side.partnerMin[i] =
                    c.partnerMinAge() == null ? 0 : c.partnerMinAge().ordinal();
            side.partnerMax[i] = c.partnerMaxAge() == null
                    ? AgeBand.values().length - 1
                    : c.partnerMaxAge().ordinal();
            side.capacity[i] = c.capacity();
        }
        return side;
    }

    private static int mask(Collection<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }
}
