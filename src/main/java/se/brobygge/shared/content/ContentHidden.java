package se.brobygge.shared.content;

/**
 * Published by moderation: the owning module stops showing the content and renders "hidden by a
 * moderator" in its place. {@code reason} is shown to the author.
 */
public record ContentHidden(ContentRef ref, String reason) {}
