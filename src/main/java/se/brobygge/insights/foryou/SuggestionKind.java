package se.brobygge.insights.foryou;

/** The kinds of next steps the page suggests, in the order it shows them. */
public enum SuggestionKind {
    EVENT,
    ASSOCIATION,
    MENTORING,
    SESSION,
    INTERNSHIP
}
