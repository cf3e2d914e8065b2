package se.brobygge.dialogue;

import java.util.Map;

/** Visible posts, distinct participants and posts per language code. */
public record DialogueStatistics(long posts, long participants, Map<String, Long> languages) {}
