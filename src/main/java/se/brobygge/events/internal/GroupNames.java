package se.brobygge.events.internal;

import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.Audience;

/**
 * The name people read for a group with kept seats: an audience's translated name (a code such as
 * {@code NEWCOMERS} is the stored value, never shown); for a group another module keeps seats for
 * (an employer session's {@code COMPANY}), the text that module gives under {@code seats.group.}
 * and the code; the code itself only when nobody names it.
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
                .orElseGet(() -> {
                    String named = translate.apply("seats.group." + group);
                    return named.startsWith("!") ? group : named;
                });
    }
}
