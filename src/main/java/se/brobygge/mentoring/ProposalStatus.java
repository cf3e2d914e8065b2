package se.brobygge.mentoring;

/**
 * PROPOSED by the solver; LOCKED by staff (kept when the round runs again); REJECTED (left out of
 * the confirmation, may come back on a new run); EXCLUDED (never proposed again in this round).
 */
public enum ProposalStatus {
    PROPOSED,
    LOCKED,
    REJECTED,
    EXCLUDED
}
