package se.brobygge.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why someone reports content. {@link #code()} is the code used in {@code ContentReported}. */
public enum ReportReason {
    SPAM,
    OFFENSIVE,
    HATEFUL,
    PERSONAL_DATA,
    OFF_TOPIC,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportReason> ofCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code().equalsIgnoreCase(code))
                .findFirst();
    }
}
