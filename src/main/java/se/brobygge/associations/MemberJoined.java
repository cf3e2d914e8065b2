package se.brobygge.associations;

/** Published when a representative marks a request as joined (follow-up counts). */
public record MemberJoined(AssociationId associationId, long requestId) {}
