package se.brobygge.support;

/**
 * {@link IntegrationTest} as a superclass, for a test class that adds to the shared context's
 * configuration with annotations of its own, e.g. {@link TestOpenSearch.Context}: Spring merges the
 * profiles and initialisers of a class with those of its superclass, not with those of a second
 * annotation on the same class.
 */
@IntegrationTest
public abstract class IntegrationTestBase {}
