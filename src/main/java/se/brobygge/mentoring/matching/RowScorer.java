package se.brobygge.mentoring.matching;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@link Scoring#score} for one mentee against every mentor at once, as the solver needs it: the
 * score of a possible pair, and {@link #RULED_OUT} for any other (the reason is looked up with
 * {@link Scoring#score} only for the few people who end up without a partner).
 * <p>
 * Times, ways of meeting, gender, age, age wishes and Swedish practice take few values, so people
 * fall into a few hundred <em>profiles</em>. {@link Scoring#profilePoints} is computed once per
 * pair of profiles into a table; a pair of people then costs one table look-up, a few AND and
 * bit counts and no branch, which the JIT compiles into a tight loop. {@code ScoringTest} keeps it
 * equal to {@link Scoring#score}.
 */
final class RowScorer {

    static final int RULED_OUT = -1;
    /** The highest score a pair can get: the length of a row histogram is this plus one. */
    static final int MAX_SCORE = Scoring.MAX_LANGUAGES * Scoring.PER_LANGUAGE
            + Scoring.SWEDISH_PRACTICE
            + Scoring.MAX_GOALS * Scoring.PER_GOAL
            + Scoring.SAME_FIELD
            + Scoring.MAX_INTERESTS * Scoring.PER_INTEREST
            + Scoring.SAME_AREA
            + TimeSlot.values().length * Scoring.PER_TIME;

    /** In a profile table: a pair ruled out by times, gender or age; low enough to stay negative. */
    private static final int IMPOSSIBLE = Integer.MIN_VALUE / 2;

    /** Stands for an absent occupation or area: above every real one, and different per side. */
    private static final int ABSENT_MENTEE = 1 << 29;

    private static final int ABSENT_MENTOR = 1 << 30;

    private final int[] menteeProfile;
    private final int[][] profileTable;
    /** Per pair of profiles: the ordinal of the {@link UnmatchedReason} that rules it out, or -1. */
    private final byte[][] profileReason;

    private final Population.Side a;
    private final Population.Side b;
    /** Languages in words of 32: [word][person]. */
    private final int[][] aLanguages;

    private final int[] aKinds;
    private final int[] aInterests;
    private final int[] aOccupation;
    private final int[] aGroup;
    private final int[] aArea;
    private final int[] bProfile;
    private final int[][] bLanguages;
    private final int[] bKinds;
    private final int[] bInterests;
    private final int[] bOccupation;
    private final int[] bGroup;
    private final int[] bArea;

    RowScorer(Population p) {
        Population.Side a = p.menteeSide;
        Population.Side b = p.mentorSide;
        this.a = a;
        this.b = b;
        int n = p.menteeCount();
        int m = p.mentorCount();
        int[] menteeRepresentative = new int[n];
        int[] mentorRepresentative = new int[m];
        menteeProfile = profiles(a, true, menteeRepresentative);
        bProfile = profiles(b, false, mentorRepresentative);
        int menteeProfiles = count(menteeProfile);
        int mentorProfiles = count(bProfile);
        profileTable = new int[menteeProfiles][];
        profileReason = new byte[menteeProfiles][];
        IntStream.range(0, menteeProfiles).parallel().forEach(x -> {
            int[] table = new int[mentorProfiles];
            byte[] reasons = new byte[mentorProfiles];
            for (int y = 0; y < mentorProfiles; y++) {
                int points = Scoring.profilePoints(a, menteeRepresentative[x], b, mentorRepresentative[y]);
                table[y] = points < 0 ? IMPOSSIBLE : points;
                reasons[y] = (byte) (points < 0 ? Scoring.reasonOf(points).ordinal() : -1);
            }
            profileTable[x] = table;
            profileReason[x] = reasons;
        });
        int words = Math.max(1, (languageCount(a, b) + 31) / 32);
        aLanguages = languageWords(a, words);
        bLanguages = languageWords(b, words);
        aKinds = a.kinds;
        bKinds = b.kinds;
        aInterests = interests(a);
        bInterests = interests(b);
        // absent occupations and areas get values that equal nothing on the other side
        aOccupation = orElse(a.occupation, ABSENT_MENTEE);
        aGroup = group(a.occupation, ABSENT_MENTEE);
        aArea = orElse(a.area, ABSENT_MENTEE);
        bOccupation = orElse(b.occupation, ABSENT_MENTOR);
        bGroup = group(b.occupation, ABSENT_MENTOR);
        bArea = orElse(b.area, ABSENT_MENTOR);
    }

    /**
     * Writes the mentee's score with every mentor into {@code out}, {@link #RULED_OUT} if impossible,
     * and counts the mentors per score into {@code histogram} (index = score + 1, so that index 0
     * counts the impossible pairs). {@code scratch} is as long as {@code out}; the histogram is
     * {@link #MAX_SCORE} + 2 long and cleared here.
     * <p>
     * Each criterion has its own simple loop of int arithmetic without branches or multiplications,
     * which the JIT compiles into vector instructions; x ^ y is 0 exactly when x == y (and never
     * negative here), so {@code POINTS & (min(x ^ y, 1) - 1)} gives the points for equal values. Only
     * the last loop, the profile table look-up, is scalar.
     */
    void row(int mentee, int[] out, int[] scratch, int[] histogram) {
        final int m = out.length;
        // shared languages, a loop per 32 languages
        final int[] first = bLanguages[0];
        final int language = aLanguages[0][mentee];
        for (int j = 0; j < m; j++) {
            out[j] = Integer.bitCount(language & first[j]);
        }
        for (int w = 1; w < bLanguages.length; w++) {
            final int[] word = bLanguages[w];
            final int more = aLanguages[w][mentee];
            for (int j = 0; j < m; j++) {
                out[j] += Integer.bitCount(more & word[j]);
            }
        }
        final int[] points = scratch;
        final int interests = aInterests[mentee];
        final int[] bInterests = this.bInterests;
        for (int j = 0; j < m; j++) {
            int shared = Math.min(Integer.bitCount(interests & bInterests[j]), Scoring.MAX_INTERESTS);
            points[j] = times5(shared);
        }
        final int kinds = aKinds[mentee];
        final int[] bKinds = this.bKinds;
        for (int j = 0; j < m; j++) {
            int shared = Math.min(Integer.bitCount(kinds & bKinds[j]), Scoring.MAX_GOALS);
            points[j] += times10(shared);
        }
        final int occupation = aOccupation[mentee];
        final int[] bOccupation = this.bOccupation;
        for (int j = 0; j < m; j++) {
            points[j] += (Scoring.SAME_FIELD - Scoring.RELATED_FIELD) & (Math.min(occupation ^ bOccupation[j], 1) - 1);
        }
        final int group = aGroup[mentee];
        final int[] bGroup = this.bGroup;
        for (int j = 0; j < m; j++) {
            points[j] += Scoring.RELATED_FIELD & (Math.min(group ^ bGroup[j], 1) - 1);
        }
        final int area = aArea[mentee];
        final int[] bArea = this.bArea;
        for (int j = 0; j < m; j++) {
            points[j] += Scoring.SAME_AREA & (Math.min(area ^ bArea[j], 1) - 1);
        }
        for (int j = 0; j < m; j++) {
            int languages = out[j];
            // no shared language: all bits set, i.e. RULED_OUT
            out[j] = (points[j] + times10(Math.min(languages, Scoring.MAX_LANGUAGES))) | ((languages - 1) >> 31);
        }
        // the profile's part: ruled out stays ruled out, and so does a pair the profiles rule out
        // (its table entry is far below zero)
        final int[] table = profileTable[menteeProfile[mentee]];
        final int[] bProfile = this.bProfile;
        for (int j = 0; j < m; j++) {
            int partial = out[j];
            out[j] = Math.max((partial + table[bProfile[j]]) | (partial >> 31), RULED_OUT);
        }
        // four interleaved histograms, so that runs of equal scores (most often RULED_OUT) do not
        // make each count wait for the one before
        final int width = MAX_SCORE + 2;
        final int[] lanes = new int[4 * width];
        int j = 0;
        for (; j + 3 < m; j += 4) {
            lanes[out[j] + 1]++;
            lanes[width + out[j + 1] + 1]++;
            lanes[2 * width + out[j + 2] + 1]++;
            lanes[3 * width + out[j + 3] + 1]++;
        }
        for (; j < m; j++) {
            lanes[out[j] + 1]++;
        }
        for (int s = 0; s < width; s++) {
            histogram[s] = lanes[s] + lanes[width + s] + lanes[2 * width + s] + lanes[3 * width + s];
        }
    }

    // the points per criterion are multiples of 5 and 10: shifts, which vectorise where a
    // multiplication here did not
    private static int times5(int x) {
        return (x << 2) + x;
    }

    private static int times10(int x) {
        return (x << 3) + (x << 1);
    }

    /**
     * The ordinal of the {@link UnmatchedReason} that rules the pair out, the same as
     * {@link Scoring#score} gives, or -1 for a possible pair.
     */
    int reason(int mentee, int mentor) {
        if ((a.lang0[mentee] & b.lang0[mentor]) == 0 && (a.lang1[mentee] & b.lang1[mentor]) == 0) {
            return UnmatchedReason.NO_SHARED_LANGUAGE.ordinal();
        }
        return profileReason[menteeProfile[mentee]][bProfile[mentor]];
    }

    /**
     * Numbers each person's profile (the fields {@link Scoring#profilePoints} reads) densely in
     * order of first appearance, and records one person of each profile.
     */
    private static int[] profiles(Population.Side side, boolean mentee, int[] representative) {
        int[] ids = new int[1 << 18];
        Arrays.fill(ids, -1);
        int n = side.times.length;
        int[] profile = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            boolean swedish = mentee
                    ? (side.kinds[i] & (1 << MentoringKind.LANGUAGE.ordinal())) != 0
                            && side.swedishLevel[i] < LanguageLevel.ADVANCED.ordinal()
                    : side.swedishLevel[i] >= LanguageLevel.ADVANCED.ordinal();
            int key = side.gender[i]
                    | (side.sameGender[i] ? 1 : 0) << 2
                    | (side.age[i] + 1) << 3
                    | side.partnerMin[i] << 6
                    | side.partnerMax[i] << 9
                    | side.times[i] << 12
                    | side.modes[i] << 15
                    | (swedish ? 1 : 0) << 17;
            if (ids[key] < 0) {
                ids[key] = next;
                representative[next++] = i;
            }
            profile[i] = ids[key];
        }
        return profile;
    }

    /** One more than the highest language number anyone speaks. */
    private static int languageCount(Population.Side a, Population.Side b) {
        long low = 0;
        long high = 0;
        for (Population.Side side : List.of(a, b)) {
            for (int i = 0; i < side.lang0.length; i++) {
                low |= side.lang0[i];
                high |= side.lang1[i];
            }
        }
        return high != 0 ? 128 - Long.numberOfLeadingZeros(high) : 64 - Long.numberOfLeadingZeros(low);
    }

    private static int[][] languageWords(Population.Side side, int words) {
        int[][] result = new int[words][side.lang0.length];
        for (int i = 0; i < side.lang0.length; i++) {
            for (int w = 0; w < words; w++) {
                long word = w < 2 ? side.lang0[i] : side.lang1[i];
                result[w][i] = (int) (word >>> (32 * (w % 2)));
            }
        }
        return result;
    }

    private static int count(int[] profiles) {
        return Arrays.stream(profiles).max().orElse(-1) + 1;
    }

    private static int[] interests(Population.Side side) {
        int[] interests = new int[side.interests.length];
        for (int i = 0; i < interests.length; i++) {
            interests[i] = (int) side.interests[i];
        }
        return interests;
    }

    private static int[] orElse(int[] values, int absent) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] < 0 ? absent : values[i];
        }
        return result;
    }

    private static int[] group(int[] occupations, int absent) {
        int[] result = new int[occupations.length];
        for (int i = 0; i < occupations.length; i++) {
            result[i] = occupations[i] < 0 ? absent : occupations[i] / 10;
        }
        return result;
    }
}
