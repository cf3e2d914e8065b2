/** Search infrastructure shared by the modules: analysers, index health and repair, the search backend's settings. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.search;
