package se.brobygge.notifications.internal;

/** A mail ready to send: subject, plain-text part and HTML part. */
record RenderedMail(String subject, String text, String html) {}
