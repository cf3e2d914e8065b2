package se.brobygge.mentoring.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.messaging.Relationship;
import se.brobygge.shared.messaging.RelationshipSource;

/** A mentor and a mentee in an active mentorship may write to each other privately. */
@Component
class MentoringRelationships implements RelationshipSource {

    private final MentorshipRepository mentorships;

    MentoringRelationships(MentorshipRepository mentorships) {
        this.mentorships = mentorships;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Relationship> between(long accountA, long accountB) {
        return mentorships.activeBetween(accountA, accountB).stream()
                .map(m -> relationship())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(long accountId) {
        return mentorships.activeOf(accountId).stream()
                .map(m -> new Contact(m.partnerOf(accountId), relationship()))
                .toList();
    }

    private static Relationship relationship() {
        return Relationship.translated("mentoring", "mentoring.relationship", "/mentoring");
    }
}
