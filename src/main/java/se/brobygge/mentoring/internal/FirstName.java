package se.brobygge.mentoring.internal;

/** The first word of a display name: what a partner is called before both have accepted. */
public final class FirstName {

    private FirstName() {}

    public static String of(String displayName) {
        String trimmed = displayName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
