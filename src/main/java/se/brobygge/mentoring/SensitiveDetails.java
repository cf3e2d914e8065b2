package se.brobygge.mentoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Country of origin and year of arrival, given with explicit consent ({@code consentTextVersion}
 * names the wording the person agreed to). Shown to staff coordinators only.
 */
public record SensitiveDetails(
        @Nullable String countryOfOrigin,
        @Nullable Integer arrivalYear,
        @Nullable Instant consentGivenAt,
        @Nullable String consentTextVersion) {}
