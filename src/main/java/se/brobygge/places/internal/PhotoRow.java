package se.brobygge.places.internal;

/** A photo without its bytes. */
public record PhotoRow(long id, long placeId, String altText, int width, int height) {}
