package se.brobygge.employers;

/** After a session: {@code from} wants to talk further with {@code to}. */
public record Contact(long fromAccountId, String fromName, long toAccountId, String toName) {}
