package se.brobygge.events.internal;

/** An event's photo without its bytes. */
public record EventPhotoRow(long eventId, String altText, int width, int height, int version) {}
