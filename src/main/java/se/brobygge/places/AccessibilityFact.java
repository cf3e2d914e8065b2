package se.brobygge.places;

/** Accessibility facts a visitor can filter on; each is shown as text, never as an icon alone. */
public enum AccessibilityFact {
    STEP_FREE_ENTRANCE,
    HEARING_LOOP,
    ACCESSIBLE_TOILET;

    /** The translation key of the fact's name, in the places bundle. */
    public String labelKey() {
        return "places.fact." + name();
    }
}
