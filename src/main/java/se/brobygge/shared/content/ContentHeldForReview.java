package se.brobygge.shared.content;

/**
 * Published by an owning module that holds content back until a moderator has looked at it, for
 * a reason of its own (e.g. a dialogue set to pre-moderate every post), right after its
 * {@link ContentSubmitted}. Moderation puts it in the review queue; the owner shows it when
 * {@link ContentRestored} arrives, or keeps it out of sight on {@link ContentHidden}. Content that
 * {@link ContentScreening} answered with QUEUE needs no such event: moderation knows already.
 */
public record ContentHeldForReview(ContentRef ref) {}
