package se.brobygge.events;

import se.brobygge.identity.OrganisationKind;

/** The association or employer an event is organised for, by one of its representatives. */
public record OnBehalfOf(OrganisationKind kind, long organisationId) {}
