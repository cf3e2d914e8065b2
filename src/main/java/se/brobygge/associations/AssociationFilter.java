package se.brobygge.associations;

import org.jspecify.annotations.Nullable;

/** What a visitor narrows the directory by; every part is optional. */
public record AssociationFilter(
        @Nullable String text,
        @Nullable AssociationType type,
        @Nullable String area,
        @Nullable String language,
        boolean newcomerHelpOnly,
        boolean freeOnly) {

    public static AssociationFilter none() {
        return new AssociationFilter(null, null, null, null, false, false);
    }
}
