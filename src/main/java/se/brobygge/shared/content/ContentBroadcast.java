package se.brobygge.shared.content;

import java.time.Instant;

/**
 * Published by the owning module when someone sent what they wrote to many people at once (an
 * organiser's message to everyone signed up for an event), so that staff see in the moderation
 * action log who wrote what to how many, without the owner depending on moderation.
 */
public record ContentBroadcast(
        ContentRef ref, long authorAccountId, String subject, String text, int recipients, Instant sentAt) {}
