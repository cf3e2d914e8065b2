package se.brobygge.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Representation;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeInvitations;
import se.brobygge.identity.RepresentativeInvited;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Representatives invite others by e-mail link, set roles and remove them; one always remains. */
@IntegrationTest
@RecordApplicationEvents
class RepresentativesIT {

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationRepresentativeService associationRepresentatives;

    @Autowired
    RepresentativeInvitations invitations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void anInviteeWithAnAccountIsNotifiedAcceptsAndCanActAtOnce() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Bjud in IF"))));

        RepresentativeInvitation invitation = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(
                        id, erik.email().toUpperCase(), RepresentativeRole.CONTACT_PERSON));
        assertThat(invitation.email()).isEqualTo(erik.email());
        var notification = published.notificationsTo(erik.id().value()).stream()
                .filter(n -> n.subjectKey().equals("associations.mail.invitation.subject"))
                .findFirst()
                .orElseThrow();
        assertThat(notification.kind()).isEqualTo(NotificationKind.ASSOCIATION_ANSWER);
        assertThat(notification.args()).contains("Sara");
        assertThat(notification.link()).startsWith("/associations/invitation/");
        assertThat(RunAs.as(sara, Roles.RESIDENT, () -> associationRepresentatives.pendingInvitations(id)))
                .extracting(RepresentativeInvitation::email)
                .containsExactly(erik.email());

        // Erik is still only a resident: he may act for the association as soon as he has accepted
        Representation granted = RunAs.as(erik, Roles.RESIDENT, () -> invitations.accept(token(notification.link())));
        assertThat(granted.organisationId()).isEqualTo(id.value());
        assertThat(RunAs.as(erik, Roles.RESIDENT, () -> associations.canManage(id)))
                .isTrue();
        assertThat(RunAs.as(erik, Roles.RESIDENT, () -> associationRepresentatives.representatives(id)))
                .extracting(r -> r.displayName() + ":" + r.role())
                .containsExactlyInAnyOrder("Sara:CHAIR", "Erik:CONTACT_PERSON");
        assertThat(RunAs.as(sara, Roles.RESIDENT, () -> associationRepresentatives.pendingInvitations(id)))
                .isEmpty();

        // the link works once
        assertThatThrownBy(() -> RunAs.as(erik, Roles.RESIDENT, () -> invitations.accept(token(notification.link()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("representatives.error.used"));
        // an existing representative cannot be invited again
        assertThatThrownBy(() -> RunAs.as(
                        sara,
                        Roles.RESIDENT,
                        () -> associationRepresentatives.invite(id, erik.email(), RepresentativeRole.EDITOR)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey())
                                .isEqualTo("representatives.error.alreadyRepresentative"));
    }

    @Test
    void someoneWithoutAnAccountGetsTheLinkByMailAndAnExpiredLinkIsRefused() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Utgången IF"))));
        String address = TestAccounts.uniqueEmail("ny");

        RunAs.as(sara, Roles.RESIDENT, () -> associationRepresentatives.invite(id, address, RepresentativeRole.EDITOR));
        RepresentativeInvited mail = events.stream(RepresentativeInvited.class)
                .filter(e -> e.email().equals(address))
                .findFirst()
                .orElseThrow();
        assertThat(mail.link()).startsWith("http://localhost:8080/associations/invitation/");
        assertThat(mail.organisationName()).startsWith("Utgången IF");
        assertThat(mail.language())
                .as("nobody knows the invitee's language yet")
                .isNull();
        assertThat(mail.kind()).isEqualTo(OrganisationKind.ASSOCIATION);
        assertThat(mail.organisationId()).isEqualTo(id.value());

        TestAccounts.Created late = accounts.create("Sen", Roles.RESIDENT);
        clock.advance(RepresentativeInvitations.VALIDITY.plus(Duration.ofMinutes(1)));
        assertThat(RunAs.as(late, Roles.RESIDENT, () -> invitations.check(token(mail.link())))
                        .state())
                .isEqualTo(RepresentativeInvitations.State.EXPIRED);
        assertThatThrownBy(() -> RunAs.as(late, Roles.RESIDENT, () -> invitations.accept(token(mail.link()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("representatives.error.expired"));
        assertThat(RunAs.as(late, Roles.RESIDENT, () -> associations.canManage(id)))
                .isFalse();
        assertThatThrownBy(() -> RunAs.as(late, Roles.RESIDENT, () -> invitations.accept("not-a-token")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("representatives.error.unknown"));
    }

    @Test
    void rolesChangeTheLastRepresentativeStaysAndARemovedOneCanNoLongerAct() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Roll IF"))));

        assertThatThrownBy(() -> RunAs.run(
                        sara, Roles.RESIDENT, () -> associationRepresentatives.removeRepresentative(id, sara.id())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("representatives.error.lastOne"));

        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(id, erik.email(), RepresentativeRole.EDITOR));
        String link = published.notificationsTo(erik.id().value()).getLast().link();
        RunAs.as(erik, Roles.RESIDENT, () -> invitations.accept(token(link)));
        RunAs.run(
                erik,
                Roles.RESIDENT,
                () -> associationRepresentatives.changeRole(id, erik.id(), RepresentativeRole.CHAIR));
        assertThat(RunAs.as(sara, Roles.RESIDENT, () -> associationRepresentatives.representatives(id)))
                .extracting(r -> r.role())
                .containsOnly(RepresentativeRole.CHAIR);

        RunAs.run(erik, Roles.RESIDENT, () -> associationRepresentatives.removeRepresentative(id, sara.id()));
        Association now = associations.find(id).orElseThrow();
        assertThatThrownBy(() -> RunAs.as(
                        sara,
                        new String[] {Roles.RESIDENT, Roles.ASSOCIATION_REP},
                        () -> associations.update(id, draft("Tillbaka"), now.version())))
                .as("a removed representative, even with the role from an old login, cannot act")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.run(
                        erik, Roles.RESIDENT, () -> associationRepresentatives.removeRepresentative(id, erik.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void twoRepresentativesRemovingEachOtherAtOnceLeaveOne() throws Exception {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Bråk IF"))));
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(id, erik.email(), RepresentativeRole.EDITOR));
        String link = published.notificationsTo(erik.id().value()).getLast().link();
        RunAs.as(erik, Roles.RESIDENT, () -> invitations.accept(token(link)));

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                start.await();
                return attempt(sara, id, erik);
            });
            var second = pool.submit(() -> {
                start.await();
                return attempt(erik, id, sara);
            });
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        assertThat(RunAs.as(staff, Roles.STAFF, () -> associationRepresentatives.representatives(id)))
                .hasSize(1);
    }

    /** @return whether the removal went through */
    private boolean attempt(TestAccounts.Created who, AssociationId id, TestAccounts.Created whom) {
        try {
            RunAs.run(who, Roles.RESIDENT, () -> associationRepresentatives.removeRepresentative(id, whom.id()));
            return true;
        } catch (InvalidInputException | AccessDeniedException e) {
            return false;
        }
    }
}
