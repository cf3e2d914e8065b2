package se.brobygge.employers;

/** Swedish: none yet, basic (SFI), intermediate, fluent. Ordered: a higher level meets a lower requirement. */
public enum LanguageLevel {
    NONE,
    BASIC,
    INTERMEDIATE,
    FLUENT;

    public boolean meets(LanguageLevel required) {
        return compareTo(required) >= 0;
    }
}
