package se.brobygge.mentoring;

import java.time.Instant;

public record RoundSummary(
        RoundId id, String name, RoundStatus status, Instant createdAt, int mentees, int mentors, int proposals) {}
