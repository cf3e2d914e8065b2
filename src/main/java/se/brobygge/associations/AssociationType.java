package se.brobygge.associations;

/** What kind of association it is (the Swedish association landscape, simplified). */
public enum AssociationType {
    SPORTS,
    CULTURE,
    FAITH,
    STUDY,
    LANGUAGE,
    WOMEN,
    YOUTH,
    IMMIGRANT,
    PENSIONERS,
    OTHER
}
