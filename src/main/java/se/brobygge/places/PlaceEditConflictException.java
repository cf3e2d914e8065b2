package se.brobygge.places;

/**
 * Someone else changed the place after it was opened for editing. Nothing was saved; the view
 * shows {@link #MESSAGE_KEY} and offers the current version.
 */
public class PlaceEditConflictException extends RuntimeException {

    public static final String MESSAGE_KEY = "places.error.conflict";

    public PlaceEditConflictException(PlaceId id) {
        super("Place " + id + " was changed by someone else");
    }
}
