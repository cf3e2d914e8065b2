package se.brobygge.events.internal;

import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.Audience;

/**
 * The name people read for a group with kept seats: an audience's translated name (a code such as
 * {@code NEWCOMERS} is the stored value, never shown), or the code itself for a group this module
 * has no name for.
 */
public final class GroupNames {

    private GroupNames() {}

    /** The group's name through {@code translate} (a translation key to its text); "" for none. */
    public static String of(@Nullable String group, Function<String, String> translate) {
        if (group == null) {
            return "";
        }
        return Arrays.stream(Audience.values())
                .filter(a -> a.name().equals(group))
                .findFirst()
                .map(a -> translate.apply("events.audience." + a))
                .orElse(group);
    }
}
