package se.brobygge.mentoring;

/** The curated list of interests (free tags come beside it). */
public enum Interest {
    COOKING,
    SPORTS,
    OUTDOORS,
    MUSIC,
    READING,
    ART,
    CRAFTS,
    TECHNOLOGY,
    GAMES,
    FILM,
    FAMILY_LIFE,
    VOLUNTEERING,
    GARDENING,
    TRAVEL,
    FAITH_AND_CULTURE,
    ENTREPRENEURSHIP
}
