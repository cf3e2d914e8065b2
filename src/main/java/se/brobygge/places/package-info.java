/**
 * Meeting places (mötesplatser): staff maintain them, residents propose new ones, staff approve.
 * Public pages per place, a map, and photos served from the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
@org.jspecify.annotations.NullMarked
package se.brobygge.places;
