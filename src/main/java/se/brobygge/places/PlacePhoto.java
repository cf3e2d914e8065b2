package se.brobygge.places;

/** A photo of a place; {@link #url()} serves it as JPEG. */
public record PlacePhoto(long id, PlaceId placeId, String altText, int width, int height) {

    public String url() {
        return "/images/places/" + id + ".jpg";
    }

    /** The photo made small, for a list. */
    public String smallUrl() {
        return "/images/places/" + id + "-small.jpg";
    }
}
