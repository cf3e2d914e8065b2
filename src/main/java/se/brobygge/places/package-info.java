/**
 * Meeting places (mötesplatser): staff maintain them, residents propose new ones, staff approve.
 * Public pages per place, a map, and photos served from the database.
 */
@ApplicationModule(displayName = "Places")
@NullMarked
package se.brobygge.places;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
