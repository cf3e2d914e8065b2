package se.brobygge.associations.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.shared.messaging.Relationship;
import se.brobygge.shared.messaging.RelationshipSource;

/**
 * A resident who sent a join request or question to an association may write privately with its
 * representatives, and they with the resident.
 */
@Component
class AssociationRelationships implements RelationshipSource {

    private final RequestRepository requests;
    private final AssociationRepository associations;
    private final RepresentationService representation;

    AssociationRelationships(
            RequestRepository requests, AssociationRepository associations, RepresentationService representation) {
        this.requests = requests;
        this.associations = associations;
        this.representation = representation;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Relationship> between(long accountA, long accountB) {
        List<Relationship> found = new ArrayList<>();
        found.addAll(oneWay(accountA, accountB));
        found.addAll(oneWay(accountB, accountA));
        return found;
    }

    /** {@code resident} asked an association that {@code representative} represents. */
    private List<Relationship> oneWay(long resident, long representative) {
        List<Relationship> found = new ArrayList<>();
        for (long associationId : requests.associationsAskedBy(resident)) {
            if (representation
                    .accountsRepresenting(OrganisationKind.ASSOCIATION, associationId)
                    .contains(new AccountId(representative))) {
                associations.findById(associationId).ifPresent(a -> found.add(relationship(a)));
            }
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(long accountId) {
        List<Contact> contacts = new ArrayList<>();
        for (long associationId : requests.associationsAskedBy(accountId)) {
            associations
                    .findById(associationId)
                    .ifPresent(a ->
                            representation.accountsRepresenting(OrganisationKind.ASSOCIATION, associationId).stream()
                                    .filter(rep -> rep.value() != accountId)
                                    .forEach(rep -> contacts.add(new Contact(rep.value(), relationship(a)))));
        }
        for (long associationId :
                representation.organisationsRepresentedBy(OrganisationKind.ASSOCIATION, new AccountId(accountId))) {
            associations
                    .findById(associationId)
                    .ifPresent(a -> requests.askersOf(List.of(associationId)).stream()
                            .filter(asker -> asker != accountId)
                            .forEach(asker -> contacts.add(new Contact(asker, relationship(a)))));
        }
        return contacts;
    }

    private static Relationship relationship(AssociationEntity a) {
        return new Relationship("association", a.name(), "/associations/" + a.id());
    }
}
