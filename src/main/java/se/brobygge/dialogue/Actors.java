package se.brobygge.dialogue;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.brobygge.dialogue.internal.Actor;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;

/** The signed-in user as the dialogue's rules see them. */
@Component
class Actors {

    private final CurrentUser currentUser;

    Actors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Optional<Actor> current() {
        return currentUser
                .id()
                .map(id -> new Actor(
                        id,
                        currentUser.displayName().orElse("?"),
                        currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN)));
    }

    Actor require() {
        return current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
