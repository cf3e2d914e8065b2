package se.brobygge.shared.content;

/** Published by moderation: the owning module shows the content again. */
public record ContentRestored(ContentRef ref) {}
