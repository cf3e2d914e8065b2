package se.brobygge.associations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.associations.RequestStatus;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.places.PlaceService;
import se.brobygge.support.IntegrationTest;

/** The local run's demo associations are created without error, once, as the README's demo people expect. */
@IntegrationTest
class DemoAssociationsIT {

    @Autowired
    AssociationRepository associations;

    @Autowired
    ActivityRepository activities;

    @Autowired
    RequestRepository requests;

    @Autowired
    RepresentationService representation;

    @Autowired
    Recipients recipients;

    @Autowired
    PlaceService places;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void saraChairsAVerifiedAssociationErikAnUnverifiedOneAndAmalHasAskedToJoin() {
        for (String who : new String[] {"sara", "erik", "amal"}) {
            String email = who + "@demo.brohamn.example";
            if (accounts.findByEmail(email).isEmpty()) {
                accounts.save(new Account(email, who, "sv", clock.instant()));
            }
        }
        DemoAssociations demo =
                new DemoAssociations(associations, activities, requests, representation, recipients, places, clock);
        transactions.executeWithoutResult(s -> demo.run(new DefaultApplicationArguments()));
        transactions.executeWithoutResult(s -> demo.run(new DefaultApplicationArguments())); // idempotent

        AssociationEntity football = associations
                .findByOrganisationNumber(DemoAssociations.FOOTBALL_NUMBER)
                .orElseThrow();
        assertThat(football.verified()).isTrue();
        var sara = recipients.idOf("sara@demo.brohamn.example").orElseThrow();
        var amal = recipients.idOf("amal@demo.brohamn.example").orElseThrow();
        assertThat(representation.accountsRepresenting(OrganisationKind.ASSOCIATION, football.id()))
                .contains(sara);
        assertThat(requests.ofAssociation(football.id())).anySatisfy(r -> {
            assertThat(r.accountId()).isEqualTo(amal.value());
            assertThat(r.status()).isEqualTo(RequestStatus.NEW);
        });
        assertThat(associations
                        .findByOrganisationNumber("802455-5115")
                        .orElseThrow()
                        .verified())
                .isFalse();
        assertThat(activities.ofAssociations(List.of(football.id()))).hasSize(2);
    }
}
