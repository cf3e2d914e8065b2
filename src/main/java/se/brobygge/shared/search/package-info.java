/** Search infrastructure shared by the modules: analysers, index health and repair, the search backend's settings. */
@NullMarked
package se.brobygge.shared.search;

import org.jspecify.annotations.NullMarked;
