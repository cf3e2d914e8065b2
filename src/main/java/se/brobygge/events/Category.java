package se.brobygge.events;

public enum Category {
    LANGUAGE_CAFE,
    MEETUP,
    CULTURE,
    SPORT,
    INFORMATION_MEETING,
    CHILDREN_AND_FAMILY,
    OTHER
}
