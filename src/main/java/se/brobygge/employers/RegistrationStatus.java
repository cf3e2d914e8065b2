package se.brobygge.employers;

public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
