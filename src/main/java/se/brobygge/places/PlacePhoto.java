package se.brobygge.places;

/** A photo of a place; {@link #url()} serves it as JPEG. */
public record PlacePhoto(long id, PlaceId placeId, String altText, int width, int height) {

    public String url() {
        return "/images/places/" + id + ".jpg";
    }
}
