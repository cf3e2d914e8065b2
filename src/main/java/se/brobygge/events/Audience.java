package se.brobygge.events;

public enum Audience {
    EVERYONE,
    NEWCOMERS,
    WOMEN,
    YOUTH,
    SENIORS,
    FAMILIES
}
