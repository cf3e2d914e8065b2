package se.brobygge.insights.foryou;

/** What a resident likes doing (the second question). None of them says who the person is. */
public enum Topic {
    LANGUAGE,
    SOCIAL,
    CULTURE,
    SPORT,
    FAMILY,
    WORK,
    STUDIES
}
