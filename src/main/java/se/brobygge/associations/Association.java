package se.brobygge.associations;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An association as its page and the directory show it. {@code descriptions} is empty while a
 * moderator has hidden it ({@code descriptionHidden} holds the reason, for representatives).
 */
public record Association(
        AssociationId id,
        String name,
        String organisationNumber,
        AssociationType type,
        Map<String, String> descriptions,
        @Nullable String descriptionHidden,
        Set<String> languages,
        Set<String> areas,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable BigDecimal feeSek,
        @Nullable String meetingTimes,
        boolean newcomerHelp,
        boolean verified,
        @Nullable String suspendedReason,
        boolean logoShown,
        long version) {

    public boolean free() {
        return feeSek == null || feeSek.signum() == 0;
    }

    public boolean suspended() {
        return suspendedReason != null;
    }

    /** The description in the reader's language, else Swedish, else any. */
    public @Nullable String description(String language) {
        if (descriptions.containsKey(language)) {
            return descriptions.get(language);
        }
        if (descriptions.containsKey("sv")) {
            return descriptions.get("sv");
        }
        return descriptions.values().stream().findFirst().orElse(null);
    }
}
