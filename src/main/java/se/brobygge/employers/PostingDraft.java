package se.brobygge.employers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an employer fills in for an internship or a job. {@code occupation} is an occupation code. */
public record PostingDraft(
        EmployerId employerId,
        @Nullable PostingKind kind,
        String title,
        @Nullable String occupation,
        String description,
        @Nullable String area,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        String hours,
        @Nullable LanguageLevel swedishLevel,
        String support,
        String accessibility,
        String contact) {}
