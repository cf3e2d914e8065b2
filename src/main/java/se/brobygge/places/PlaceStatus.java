package se.brobygge.places;

/** Where a place is in its life: proposed by a resident, published by staff, or rejected. */
public enum PlaceStatus {
    PROPOSED,
    PUBLISHED,
    REJECTED
}
