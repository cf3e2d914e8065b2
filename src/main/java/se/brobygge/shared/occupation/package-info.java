/** The occupation list shipped as data (SSYK 2012), for mentoring profiles, presentation cards and the like. */
@NullMarked
package se.brobygge.shared.occupation;

import org.jspecify.annotations.NullMarked;
