package se.brobygge.employers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Browsing filters; null means any. {@code languageLevel}: posts whose requirement this level
 * meets. {@code availableFrom}: posts still running on that day.
 */
public record PostingFilter(
        @Nullable String occupation,
        @Nullable String area,
        @Nullable LanguageLevel languageLevel,
        @Nullable LocalDate availableFrom,
        @Nullable PostingKind kind) {

    public static final PostingFilter ALL = new PostingFilter(null, null, null, null, null);
}
