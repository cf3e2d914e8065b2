package se.brobygge.shared.messaging;

import java.util.List;

/**
 * Implemented by each module where a relationship between two people exists (an event organiser
 * and a person signed up, a mentor and mentee in an active mentorship, an association
 * representative and a resident who sent a join request, an employer and a resident who sent
 * interest). The messaging module allows a conversation only while some source returns a
 * relationship. Implementations run without a signed-in user (system calls) and must be cheap.
 */
public interface RelationshipSource {

    /** The relationships between the two accounts right now; empty when there is none. */
    List<Relationship> between(long accountA, long accountB);

    /** The accounts {@code accountId} may start a conversation with, with the relationship. */
    default List<Contact> contactsOf(long accountId) {
        return List.of();
    }

    record Contact(long accountId, Relationship relationship) {}
}
