/** Account entities, repositories and sign-in helpers; identity's implementation. */
@NullMarked
package se.brobygge.identity.internal;

import org.jspecify.annotations.NullMarked;
