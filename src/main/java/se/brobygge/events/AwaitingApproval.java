package se.brobygge.events;

/**
 * One of my events with sign-ups waiting for my approval.
 *
 * @param waiting how many sign-ups wait
 */
public record AwaitingApproval(EventSummary event, int waiting) {}
