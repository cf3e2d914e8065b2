package se.brobygge.insights.foryou;

/** What a resident wants from Brobygge (the first question of the guided start). */
public enum Goal {
    LEARN_SWEDISH,
    MEET_PEOPLE,
    FIND_WORK,
    GET_MENTOR,
    HELP_OTHERS
}
