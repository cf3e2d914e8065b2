package se.brobygge.insights;

/**
 * One queue in the staff inbox: what waits there ({@code name}, a translation key suffix under
 * {@code inbox.queue.}), how many, and the path of the page where staff handle it.
 */
public record StaffQueue(String name, long waiting, String path) {}
