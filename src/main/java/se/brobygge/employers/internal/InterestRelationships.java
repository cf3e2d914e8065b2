package se.brobygge.employers.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.InterestStatus;
import se.brobygge.shared.messaging.Relationship;
import se.brobygge.shared.messaging.RelationshipSource;

/**
 * An employer and a resident who sent interest in one of its posts may write to each other: the
 * employer's registrant (its first representative) and the resident. Runs without a signed-in user.
 */
@Component
class InterestRelationships implements RelationshipSource {

    private final InterestRepository interests;
    private final PostingRepository postings;
    private final EmployerRepository employers;

    InterestRelationships(InterestRepository interests, PostingRepository postings, EmployerRepository employers) {
        this.interests = interests;
        this.postings = postings;
        this.employers = employers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Relationship> between(long accountA, long accountB) {
        List<Relationship> found = new ArrayList<>();
        found.addAll(oneWay(accountA, accountB));
        found.addAll(oneWay(accountB, accountA));
        return found;
    }

    /** {@code resident} sent interest to a post of an employer that {@code representative} registered. */
    private List<Relationship> oneWay(long resident, long representative) {
        List<Long> employerIds = employers.registeredBy(representative).stream()
                .map(e -> e.id().value())
                .toList();
        if (employerIds.isEmpty()) {
            return List.of();
        }
        return interests.sentTo(resident, employerIds).stream()
                .filter(i -> i.status() != InterestStatus.WITHDRAWN)
                .map(i -> postings.findById(i.postingId()).orElseThrow())
                .map(p -> new Relationship("employer-interest", p.title(), "/jobs/" + p.id().value()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(long accountId) {
        List<Contact> contacts = new ArrayList<>();
        for (InterestEntity i : interests.sentBy(accountId)) {
            if (i.status() == InterestStatus.WITHDRAWN) {
                continue;
            }
            postings.findById(i.postingId())
                    .ifPresent(p -> employers
                            .findById(p.employerId())
                            .ifPresent(e -> contacts.add(new Contact(
                                    e.registeredBy(),
                                    new Relationship("employer-interest", p.title(), "/jobs/" + p.id().value())))));
        }
        for (EmployerEntity e : employers.registeredBy(accountId)) {
            for (PostingEntity p : postings.ofEmployer(e.id().value())) {
                interests.forPosting(p.id().value()).stream()
                        .filter(i -> i.status() != InterestStatus.WITHDRAWN)
                        .forEach(i -> contacts.add(new Contact(
                                i.accountId(),
                                new Relationship("employer-interest", p.title(), "/jobs/" + p.id().value()))));
            }
        }
        return contacts;
    }
}
