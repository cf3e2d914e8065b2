package se.brobygge.associations;

/** Published when a resident sends a join request or a question (follow-up counts). */
public record JoinRequestSent(AssociationId associationId, long requestId, RequestKind kind) {}
