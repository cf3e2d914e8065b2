package se.brobygge.events;

/**
 * A sign-up by someone without an account.
 *
 * @param language the language of their mails (the page's language)
 */
public record GuestSignUp(String name, String email, String language, SignUpRequest request) {}
