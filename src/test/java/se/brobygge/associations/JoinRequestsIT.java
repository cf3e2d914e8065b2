package se.brobygge.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** A resident asks to join; the representatives answer and mark the outcome; counts are published. */
@IntegrationTest
@RecordApplicationEvents
class JoinRequestsIT {

    @Autowired
    AssociationService associations;

    @Autowired
    JoinRequestService requests;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    ApplicationEvents events;

    @Test
    void askAnswerJoinAndTheResidentSeesTheAnswer() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        String name = unique("Språkföreningen");
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(name)));

        JoinRequest sent = RunAs.as(
                amal,
                Roles.RESIDENT,
                () -> requests.send(id, RequestKind.JOIN, "أريد أن أنضم إلى الجمعية", "ar", ContactBy.EMAIL, null));
        assertThat(sent.status()).isEqualTo(RequestStatus.NEW);
        assertThat(events.stream(JoinRequestSent.class)).contains(new JoinRequestSent(id, sent.id(), RequestKind.JOIN));
        assertThat(published.notificationsTo(sara.id().value()))
                .anySatisfy(n -> assertThat(n.subjectKey()).isEqualTo("associations.mail.request.subject"));

        assertThatThrownBy(() -> RunAs.as(erik, Roles.RESIDENT, () -> requests.inbox(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> RunAs.as(erik, Roles.RESIDENT, () -> requests.answer(sent.id(), "Hej", sent.version())))
                .isInstanceOf(AccessDeniedException.class);
        JoinRequest inInbox =
                RunAs.as(sara, Roles.RESIDENT, () -> requests.inbox(id)).getFirst();
        assertThat(inInbox.residentName()).isEqualTo("Amal");
        assertThat(inInbox.contactEmail()).as("she chose e-mail").isEqualTo(amal.email());
        assertThat(inInbox.language()).isEqualTo("ar");

        JoinRequest answered = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> requests.answer(sent.id(), "Välkommen! Kom på tisdag kl. 18.", inInbox.version()));
        assertThat(answered.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(published.notificationsTo(amal.id().value())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSOCIATION_ANSWER);
            assertThat(n.bodyKey()).isEqualTo("associations.mail.answer.body");
            assertThat(n.args()).containsExactly(name, "Välkommen! Kom på tisdag kl. 18.");
            assertThat(n.link()).isEqualTo("/my-associations");
        });
        // a second representative working from the old version loses, with a clear message
        assertThatThrownBy(() -> RunAs.as(
                        sara,
                        Roles.RESIDENT,
                        () -> requests.mark(sent.id(), RequestStatus.DECLINED, inInbox.version())))
                .isInstanceOf(EditConflictException.class);

        RunAs.as(sara, Roles.RESIDENT, () -> requests.mark(sent.id(), RequestStatus.JOINED, answered.version()));
        assertThat(events.stream(MemberJoined.class)).contains(new MemberJoined(id, sent.id()));
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> requests.mine()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.associationName()).isEqualTo(name);
                    assertThat(r.answer()).isEqualTo("Välkommen! Kom på tisdag kl. 18.");
                    assertThat(r.status()).isEqualTo(RequestStatus.JOINED);
                });
    }

    @Test
    void anEmptyMessageOrAMissingPhoneNumberIsRefused() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Tomma"))));
        assertThatThrownBy(() -> RunAs.as(
                        amal,
                        Roles.RESIDENT,
                        () -> requests.send(id, RequestKind.QUESTION, " ", "sv", ContactBy.PHONE, "")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("message", "contactPhone"));
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> requests.mine())).isEmpty();
    }
}
