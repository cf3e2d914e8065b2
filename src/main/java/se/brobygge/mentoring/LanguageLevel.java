package se.brobygge.mentoring;

/** How well someone speaks a language, CEFR-like, from beginner to fluent. */
public enum LanguageLevel {
    BEGINNER,
    BASIC,
    INTERMEDIATE,
    ADVANCED,
    FLUENT
}
