package se.brobygge.associations;

/** Published when staff verify an association (follow-up counts). */
public record AssociationVerified(AssociationId id, String name) {}
