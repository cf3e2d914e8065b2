package se.brobygge.places.internal;

/** A photo's JPEG bytes and the place they belong to. */
public record PhotoContent(long placeId, byte[] content) {}
