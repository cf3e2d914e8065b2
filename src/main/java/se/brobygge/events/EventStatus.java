package se.brobygge.events;

public enum EventStatus {
    PUBLISHED, CANCELLED
}
