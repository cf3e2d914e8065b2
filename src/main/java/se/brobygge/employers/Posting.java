package se.brobygge.employers;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An internship or job as shown; {@code employerVerified} gives the badge. */
public record Posting(
        PostingId id,
        EmployerId employerId,
        String employerName,
        boolean employerVerified,
        PostingKind kind,
        String title,
        String occupation,
        String description,
        String area,
        LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        String hours,
        LanguageLevel swedishLevel,
        String support,
        String accessibility,
        String contact,
        PostingStatus status,
        boolean hidden,
        Instant createdAt) {}
