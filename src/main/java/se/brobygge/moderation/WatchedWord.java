package se.brobygge.moderation;

import org.jspecify.annotations.Nullable;

/** A watched word; {@code language} "*" means every language. */
public record WatchedWord(
        long id,
        String language,
        String word,
        WordAction action,
        @Nullable String message) {}
