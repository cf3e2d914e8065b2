package se.brobygge.mentoring;

/** Why a person got no partner in a round, so that staff can recruit the right mentors. */
public enum UnmatchedReason {
    /** No one on the other side shares a language with them. */
    NO_SHARED_LANGUAGE,
    /** No common time slot or way of meeting (online, in person). */
    NO_COMMON_TIME,
    /** Their own or the others' wish for the same gender rules everyone out. */
    GENDER_PREFERENCE,
    /** Their own or the others' age range rules everyone out. */
    AGE_PREFERENCE,
    /** Suitable mentors exist, but all their places went to others. */
    NO_CAPACITY,
    /** A mentor who would fit someone, but others fitted those mentees better. */
    OTHERS_FIT_BETTER,
    /** Staff excluded every pair that would have been possible. */
    EXCLUDED
}
