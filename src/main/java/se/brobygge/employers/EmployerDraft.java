package se.brobygge.employers;

import org.jspecify.annotations.Nullable;

/** What someone fills in to register an employer. */
public record EmployerDraft(
        String name,
        String organisationNumber,
        @Nullable EmployerKind kind,
        String industry,
        @Nullable EmployerSize size,
        String address,
        String contactEmail,
        String contactPhone,
        String description) {}
