/** Account entities, repositories and sign-in helpers; identity's implementation. */
@org.jspecify.annotations.NullMarked
package se.brobygge.identity.internal;
