package se.brobygge.mentoring;

/** A stored profile; {@code version} guards against two tabs overwriting each other. */
public record MentoringProfile(long accountId, String displayName, ProfileDraft profile, long version) {}
