package se.brobygge.mentoring;

import se.brobygge.identity.AccountId;

/** A stored profile; {@code version} guards against two tabs overwriting each other. */
public record MentoringProfile(AccountId accountId, String displayName, ProfileDraft profile, long version) {}
