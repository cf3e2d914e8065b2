package se.brobygge.associations;

/** Published when a resident registers an association (staff have one more to verify). */
public record AssociationRegistered(AssociationId id, String name) {}
