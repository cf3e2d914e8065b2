package se.brobygge.employers;

import se.brobygge.identity.AccountId;

/** After a session: {@code from} wants to talk further with {@code to}. */
public record Contact(AccountId fromAccountId, String fromName, AccountId toAccountId, String toName) {}
