package se.brobygge.employers;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An employer as shown: {@code description} is empty while a moderator has hidden it. */
public record Employer(
        EmployerId id,
        String name,
        String organisationNumber,
        EmployerKind kind,
        String industry,
        EmployerSize size,
        String address,
        String contactEmail,
        @Nullable String contactPhone,
        String description,
        EmployerStatus status,
        boolean descriptionHidden,
        Instant registeredAt) {

    public boolean verified() {
        return status == EmployerStatus.VERIFIED;
    }
}
