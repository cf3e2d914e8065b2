package se.brobygge.mentoring.matching;

import java.util.ArrayList;
import java.util.List;
import se.brobygge.shared.occupation.Occupations;

/**
 * Hard constraints and points for a mentee–mentor pair. A pair is possible only with at least one
 * shared language, a common time slot and way of meeting, and both people's gender and age wishes
 * met. Its score is the sum of the criteria below; {@link #explain} lists them for people,
 * {@link #score} computes the same number fast for the solver (a unit test keeps them equal).
 */
public final class Scoring {

    /** Points per shared language, for at most {@link #MAX_LANGUAGES} languages. */
    public static final int PER_LANGUAGE = 10;

    public static final int MAX_LANGUAGES = 3;
    /** A mentee who wants language practice and a mentor whose Swedish is advanced or fluent. */
    public static final int SWEDISH_PRACTICE = 15;
    /** Per kind of help the mentee seeks and the mentor offers, for at most {@link #MAX_GOALS}. */
    public static final int PER_GOAL = 10;

    public static final int MAX_GOALS = 3;
    /**
     * Same occupational group (SSYK sub-major group, the first two digits of a unit group code), or
     * only the same major group (1st digit).
     */
    public static final int SAME_FIELD = 25;

    public static final int RELATED_FIELD = 10;
    /** Per shared interest, for at most {@link #MAX_INTERESTS}. */
    public static final int PER_INTEREST = 5;

    public static final int MAX_INTERESTS = 4;
    public static final int SAME_AREA = 10;
    /** Per common time slot (weekdays, evenings, weekends). */
    public static final int PER_TIME = 5;

    /** Returned by {@link #score} for a ruled-out pair: minus one minus the reason's ordinal. */
    static int ruledOut(UnmatchedReason reason) {
        return -1 - reason.ordinal();
    }

    static UnmatchedReason reasonOf(int negativeScore) {
        return UnmatchedReason.values()[-1 - negativeScore];
    }

    private Scoring() {}

    /** The pair's score, or a negative number naming the constraint that rules it out. */
    public static int score(Population p, int mentee, int mentor) {
        Population.Side a = p.menteeSide;
        Population.Side b = p.mentorSide;
        long l0 = a.lang0[mentee] & b.lang0[mentor];
        long l1 = a.lang1[mentee] & b.lang1[mentor];
        if ((l0 | l1) == 0) {
            return ruledOut(UnmatchedReason.NO_SHARED_LANGUAGE);
        }
        int points = profilePoints(a, mentee, b, mentor);
        if (points < 0) {
            return points;
        }
        points += Math.min(Long.bitCount(l0) + Long.bitCount(l1), MAX_LANGUAGES) * PER_LANGUAGE;
        points += Math.min(Integer.bitCount(a.kinds[mentee] & b.kinds[mentor]), MAX_GOALS) * PER_GOAL;
        int occupationA = a.occupation[mentee];
        int occupationB = b.occupation[mentor];
        if (occupationA >= 0 && occupationA == occupationB) {
            points += SAME_FIELD;
        } else if (occupationA >= 0 && occupationB >= 0 && occupationA / 10 == occupationB / 10) {
            points += RELATED_FIELD;
        }
        points += Math.min(Long.bitCount(a.interests[mentee] & b.interests[mentor]), MAX_INTERESTS) * PER_INTEREST;
        if (a.area[mentee] >= 0 && a.area[mentee] == b.area[mentor]) {
            points += SAME_AREA;
        }
        return points;
    }

    /**
     * The part of {@link #score} that depends only on a person's profile (see {@link RowScorer}):
     * common times and ways of meeting, gender and age wishes, Swedish practice, points for common
     * times; or a negative number naming the constraint that rules the pair out. Language is checked
     * before it.
     */
    static int profilePoints(Population.Side a, int mentee, Population.Side b, int mentor) {
        int times = a.times[mentee] & b.times[mentor];
        if (times == 0 || (a.modes[mentee] & b.modes[mentor]) == 0) {
            return ruledOut(UnmatchedReason.NO_COMMON_TIME);
        }
        if ((a.sameGender[mentee] || b.sameGender[mentor])
                && (a.gender[mentee] != b.gender[mentor] || a.gender[mentee] == UNSTATED)) {
            return ruledOut(UnmatchedReason.GENDER_PREFERENCE);
        }
        if (!ageAccepted(a, mentee, b.age[mentor]) || !ageAccepted(b, mentor, a.age[mentee])) {
            return ruledOut(UnmatchedReason.AGE_PREFERENCE);
        }
        int points = Integer.bitCount(times) * PER_TIME;
        if (swedishPractice(a, b, mentee, mentor)) {
            points += SWEDISH_PRACTICE;
        }
        return points;
    }

    /**
     * {@link #score} for one mentee against every mentor at once, into {@code out} (length = mentors):
     * the same arithmetic with the mentee's values and the arrays held in locals, which the JIT turns
     * into a tight loop. {@code ScoringTest} keeps it equal to {@link #score}.
     */
    public static void scoreRow(Population p, int mentee, int[] out) {
        Population.Side a = p.menteeSide;
        Population.Side b = p.mentorSide;
        final long aL0 = a.lang0[mentee];
        final long aL1 = a.lang1[mentee];
        final int aTimes = a.times[mentee];
        final int aModes = a.modes[mentee];
        final boolean aSame = a.sameGender[mentee];
        final int aGender = a.gender[mentee];
        final int aAge = a.age[mentee];
        final int aMin = a.partnerMin[mentee];
        final int aMax = a.partnerMax[mentee];
        final boolean aAnyAge = aMin == 0 && aMax == OLDEST;
        final int aKinds = a.kinds[mentee];
        final boolean aWantsSwedish = (aKinds & LANGUAGE_KIND) != 0 && a.swedishLevel[mentee] < ADVANCED;
        final int aOcc = a.occupation[mentee];
        final long aInterests = a.interests[mentee];
        final int aArea = a.area[mentee];
        final long[] bL0 = b.lang0;
        final long[] bL1 = b.lang1;
        final int[] bTimes = b.times;
        final int[] bModes = b.modes;
        final boolean[] bSame = b.sameGender;
        final int[] bGender = b.gender;
        final int[] bAge = b.age;
        final int[] bMin = b.partnerMin;
        final int[] bMax = b.partnerMax;
        final byte[] bSwedish = b.swedishLevel;
        final int[] bKinds = b.kinds;
        final int[] bOcc = b.occupation;
        final long[] bInterests = b.interests;
        final int[] bArea = b.area;
        final int noLanguage = ruledOut(UnmatchedReason.NO_SHARED_LANGUAGE);
        final int noTime = ruledOut(UnmatchedReason.NO_COMMON_TIME);
        final int genderWish = ruledOut(UnmatchedReason.GENDER_PREFERENCE);
        final int ageWish = ruledOut(UnmatchedReason.AGE_PREFERENCE);
        for (int j = 0; j < out.length; j++) {
            long l0 = aL0 & bL0[j];
            long l1 = aL1 & bL1[j];
            if ((l0 | l1) == 0) {
                out[j] = noLanguage;
                continue;
            }
            int times = aTimes & bTimes[j];
            if (times == 0 || (aModes & bModes[j]) == 0) {
                out[j] = noTime;
                continue;
            }
            if ((aSame || bSame[j]) && (aGender != bGender[j] || aGender == UNSTATED)) {
                out[j] = genderWish;
                continue;
            }
            int bA = bAge[j];
            if (!(aAnyAge || bA >= aMin && bA <= aMax)
                    || !(bMin[j] == 0 && bMax[j] == OLDEST || aAge >= bMin[j] && aAge <= bMax[j])) {
                out[j] = ageWish;
                continue;
            }
            int points = Math.min(Long.bitCount(l0) + Long.bitCount(l1), MAX_LANGUAGES) * PER_LANGUAGE;
            if (aWantsSwedish && bSwedish[j] >= ADVANCED) {
                points += SWEDISH_PRACTICE;
            }
            points += Math.min(Integer.bitCount(aKinds & bKinds[j]), MAX_GOALS) * PER_GOAL;
            int bO = bOcc[j];
            if (aOcc >= 0 && aOcc == bO) {
                points += SAME_FIELD;
            } else if (aOcc >= 0 && bO >= 0 && aOcc / 10 == bO / 10) {
                points += RELATED_FIELD;
            }
            points += Math.min(Long.bitCount(aInterests & bInterests[j]), MAX_INTERESTS) * PER_INTEREST;
            if (aArea >= 0 && aArea == bArea[j]) {
                points += SAME_AREA;
            }
            out[j] = points + Integer.bitCount(times) * PER_TIME;
        }
    }

    private static final int OLDEST = AgeBand.values().length - 1;
    private static final int LANGUAGE_KIND = 1 << MentoringKind.LANGUAGE.ordinal();
    private static final int ADVANCED = LanguageLevel.ADVANCED.ordinal();
    private static final int UNSTATED = Gender.UNSTATED.ordinal();

    private static boolean ageAccepted(Population.Side side, int person, int partnerAge) {
        boolean anyAge = side.partnerMin[person] == 0 && side.partnerMax[person] == OLDEST;
        return anyAge || partnerAge >= side.partnerMin[person] && partnerAge <= side.partnerMax[person];
    }

    private static boolean swedishPractice(Population.Side a, Population.Side b, int mentee, int mentor) {
        return (a.kinds[mentee] & LANGUAGE_KIND) != 0
                && b.swedishLevel[mentor] >= ADVANCED
                && a.swedishLevel[mentee] < ADVANCED;
    }

    /** The same as {@link #score}, with one line per criterion that gave points. */
    public static Score explain(Population p, int mentee, int mentor) {
        int total = score(p, mentee, mentor);
        if (total < 0) {
            return Score.ruledOut(reasonOf(total));
        }
        Population.Side a = p.menteeSide;
        Population.Side b = p.mentorSide;
        Candidate me = p.mentee(mentee);
        Candidate you = p.mentor(mentor);
        List<Criterion> criteria = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (int bit = 0; bit < 128; bit++) {
            long mask = bit < 64 ? a.lang0[mentee] & b.lang0[mentor] : a.lang1[mentee] & b.lang1[mentor];
            if ((mask & (1L << (bit % 64))) != 0) {
                shared.add(p.languageCode(bit));
            }
        }
        shared.sort(null);
        criteria.add(new Criterion(
                Criterion.Kind.SHARED_LANGUAGES, Math.min(shared.size(), MAX_LANGUAGES) * PER_LANGUAGE, shared));
        if (swedishPractice(a, b, mentee, mentor)) {
            criteria.add(new Criterion(Criterion.Kind.SWEDISH_PRACTICE, SWEDISH_PRACTICE, List.of()));
        }
        List<String> goals = me.kinds().stream()
                .filter(you.kinds()::contains)
                .map(Enum::name)
                .sorted()
                .toList();
        if (!goals.isEmpty()) {
            criteria.add(new Criterion(Criterion.Kind.GOALS, Math.min(goals.size(), MAX_GOALS) * PER_GOAL, goals));
        }
        if (me.occupation() != null && you.occupation() != null && a.occupation[mentee] == b.occupation[mentor]) {
            // the shared unit group when both chose the same one, else the group both are in
            String field =
                    me.occupation().equals(you.occupation()) ? me.occupation() : Occupations.group(me.occupation());
            criteria.add(new Criterion(Criterion.Kind.SAME_FIELD, SAME_FIELD, List.of(field)));
        } else if (me.occupation() != null
                && you.occupation() != null
                && a.occupation[mentee] / 10 == b.occupation[mentor] / 10) {
            criteria.add(new Criterion(
                    Criterion.Kind.RELATED_FIELD, RELATED_FIELD, List.of(me.occupation(), you.occupation())));
        }
        List<String> interests = me.interests().stream()
                .filter(you.interests()::contains)
                .map(Enum::name)
                .sorted()
                .toList();
        if (!interests.isEmpty()) {
            criteria.add(new Criterion(
                    Criterion.Kind.SHARED_INTERESTS,
                    Math.min(interests.size(), MAX_INTERESTS) * PER_INTEREST,
                    interests));
        }
        if (me.area() != null && me.area().equals(you.area())) {
            criteria.add(new Criterion(Criterion.Kind.SAME_AREA, SAME_AREA, List.of(me.area())));
        }
        List<String> times = me.times().stream()
                .filter(you.times()::contains)
                .sorted()
                .map(Enum::name)
                .toList();
        criteria.add(new Criterion(Criterion.Kind.COMMON_TIMES, times.size() * PER_TIME, times));
        int sum = criteria.stream().mapToInt(Criterion::points).sum();
        if (sum != total) {
            throw new IllegalStateException("Explanation " + sum + " differs from score " + total);
        }
        return new Score(total, criteria, null);
    }

    /** Scores one pair of people on their own (tests, previews). */
    public static Score explain(Candidate mentee, Candidate mentor) {
        return explain(new Population(List.of(mentee), List.of(mentor)), 0, 0);
    }
}
