package se.brobygge.dialogue.internal;

import se.brobygge.identity.AccountId;

/** Who is acting in a dialogue: account, display name, and whether staff. */
public record Actor(AccountId id, String name, boolean staff) {

    long account() {
        return id.value();
    }
}
