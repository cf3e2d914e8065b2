package se.brobygge.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.ModerationAdminService;
import se.brobygge.moderation.ModerationService;
import se.brobygge.privacy.audit.AuditFilter;
import se.brobygge.privacy.audit.AuditLog;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentReported;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Private conversations between an event's organiser and a person signed up for it. */
@IntegrationTest
@RecordApplicationEvents
class MessagingIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    MessagingService messaging;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    ApplicationEvents applicationEvents;

    @Autowired
    ModerationService moderation;

    @Autowired
    ModerationAdminService moderationAdmin;

    record Pair(TestAccounts.Created organiser, TestAccounts.Created resident, EventId event) {}

    private Pair signedUp(String title) {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft(title, 10)));
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.signUp(event));
        return new Pair(lina, erik, event);
    }

    private static <T> T as(TestAccounts.Created who, Callable<T> action) {
        return RunAs.as(who, who.roles().iterator().next(), action);
    }

    private static void run(TestAccounts.Created who, Runnable action) {
        RunAs.run(who, who.roles().iterator().next(), action);
    }

    @Test
    void anOrganiserAndAPersonSignedUpWriteToEachOtherWithReadReceipts() {
        Pair p = signedUp("Språkcafé samtal");
        List<Contact> erikContacts = as(p.resident(), () -> messaging.contacts());
        assertThat(erikContacts)
                .extracting(Contact::accountId)
                .contains(p.organiser().id());
        Contact lina = erikContacts.stream()
                .filter(c -> c.accountId().equals(p.organiser().id()))
                .findFirst()
                .orElseThrow();
        assertThat(lina.displayName()).isEqualTo("Lina");
        assertThat(lina.relationships().getFirst().label()).startsWith("Språkcafé samtal");
        assertThat(lina.relationships().getFirst().link())
                .isEqualTo("/events/" + p.event().value());
        assertThat(as(p.organiser(), () -> messaging.contacts()))
                .extracting(Contact::accountId)
                .contains(p.resident().id());

        long id = as(p.resident(), () -> messaging.startWith(p.organiser().id()));
        assertThat(as(p.organiser(), () -> messaging.startWith(p.resident().id())))
                .as("one conversation per pair")
                .isEqualTo(id);
        Message sent = as(p.resident(), () -> messaging.send(id, "  Hej! Finns det parkering?\r\n\u202Etest  "));
        assertThat(sent.text()).isEqualTo("Hej! Finns det parkering?\ntest");

        NotificationRequested told = published
                .notificationsTo(p.organiser().id().value())
                .stream()
                .filter(n -> n.kind() == NotificationKind.MESSAGE)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(told.args()).containsExactly("Erik");
        assertThat(told.link()).isEqualTo("/messages/" + id);
        assertThat(told.dedupKey()).isEqualTo("message:" + sent.id());

        assertThat(as(p.organiser(), () -> unread(messaging.conversations()))).isEqualTo(1);
        assertThat(as(p.resident(), () -> messaging.open(id))
                        .messages()
                        .getFirst()
                        .readAt())
                .isNull();
        Conversation seen = as(p.organiser(), () -> messaging.open(id));
        assertThat(seen.otherName()).isEqualTo("Erik");
        assertThat(seen.open()).isTrue();
        assertThat(seen.messages()).extracting(Message::text).containsExactly("Hej! Finns det parkering?\ntest");
        assertThat(as(p.organiser(), () -> unread(messaging.conversations()))).isZero();
        assertThat(as(p.resident(), () -> messaging.open(id))
                        .messages()
                        .getFirst()
                        .readAt())
                .as("read receipt")
                .isNotNull();
        assertThat(as(p.resident(), () -> messaging.conversations()))
                .extracting(ConversationSummary::id)
                .contains(id);
    }

    @Test
    void emptyOrOversizedMessagesAreRefusedAndNothingIsSent() {
        Pair p = signedUp("Tomma meddelanden");
        long id = as(p.resident(), () -> messaging.startWith(p.organiser().id()));
        assertThatThrownBy(() -> run(p.resident(), () -> messaging.send(id, " \n\t ")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().getFirst().messageKey())
                .isEqualTo("messaging.error.empty");
        assertThatThrownBy(() ->
                        run(p.resident(), () -> messaging.send(id, "x".repeat(MessagingService.MAX_LENGTH + 1))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().getFirst().messageKey())
                .isEqualTo("messaging.error.tooLong");
        as(p.resident(), () -> messaging.send(id, "x".repeat(MessagingService.MAX_LENGTH)));
        assertThat(as(p.organiser(), () -> messaging.open(id)).messages()).hasSize(1);
    }

    @Test
    void strangersCannotStartAConversation() {
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created stranger = accounts.create("Okänd", Roles.RESIDENT);
        assertThatThrownBy(() -> run(erik, () -> messaging.startWith(stranger.id())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().getFirst().messageKey())
                .isEqualTo("messaging.error.noRelationship");
        assertThat(as(erik, () -> messaging.contacts())).isEmpty();
        assertThat(as(erik, () -> messaging.conversations())).isEmpty();
    }

    @Test
    void othersCannotReadWriteOrReportInSomeoneElsesConversation() {
        Pair p = signedUp("Privat samtal");
        long id = as(p.resident(), () -> messaging.startWith(p.organiser().id()));
        Message sent = as(p.resident(), () -> messaging.send(id, "Bara för Lina"));
        TestAccounts.Created staff = accounts.create("Moderator", Roles.STAFF);
        assertThatThrownBy(() -> run(staff, () -> messaging.open(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(staff, () -> messaging.send(id, "hej"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(staff, () -> messaging.block(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(staff, () -> messaging.report(sent.id(), "spam", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(p.organiser(), () -> messaging.open(id)).messages()).hasSize(1);
    }

    @Test
    void afterABlockNeitherCanWriteAndTheContactIsGone() {
        Pair p = signedUp("Blockering");
        long id = as(p.resident(), () -> messaging.startWith(p.organiser().id()));
        as(p.resident(), () -> messaging.send(id, "Hej"));
        run(p.organiser(), () -> messaging.block(id));

        Conversation mine = as(p.organiser(), () -> messaging.open(id));
        assertThat(mine.blockedByMe()).isTrue();
        assertThat(mine.closedReason()).isEqualTo("messaging.closed.blockedByMe");
        assertThat(as(p.resident(), () -> messaging.open(id)).closedReason()).isEqualTo("messaging.closed.blocked");
        assertThatThrownBy(() -> run(p.resident(), () -> messaging.send(id, "Hallå?")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().getFirst().messageKey())
                .isEqualTo("messaging.closed.blocked");
        assertThatThrownBy(() -> run(p.organiser(), () -> messaging.send(id, "Hallå?")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(p.organiser(), () -> messaging.open(id)).messages()).hasSize(1);
        assertThat(as(p.resident(), () -> messaging.contacts()))
                .extracting(Contact::accountId)
                .doesNotContain(p.organiser().id());
        assertThat(as(p.resident(), () -> messaging.conversations()).getFirst().closed())
                .isTrue();
    }

    @Test
    void whenTheSignUpIsCancelledTheRelationshipEndsAndNothingMoreIsSent() {
        Pair p = signedUp("Avanmälan");
        long id = as(p.resident(), () -> messaging.startWith(p.organiser().id()));
        as(p.resident(), () -> messaging.send(id, "Jag kommer"));
        run(p.resident(), () -> signUps.cancel(p.event()));

        assertThat(as(p.organiser(), () -> messaging.open(id)).closedReason())
                .isEqualTo("messaging.closed.noRelationship");
        assertThatThrownBy(() -> run(p.organiser(), () -> messaging.send(id, "Synd!")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().getFirst().messageKey())
                .isEqualTo("messaging.closed.noRelationship");
        assertThat(as(p.organiser(), () -> messaging.open(id)).messages()).hasSize(1);
    }

    @Test
    void aReportedMessageGoesToModerationAsASnapshot() {
        Pair p = signedUp("Anmälan");
        long id = as(p.resident(), () -> messaging.startWith(p.organiser().id()));
        as(p.resident(), () -> messaging.send(id, "Hej, en fråga om träffen"));
        as(p.organiser(), () -> messaging.send(id, "Hej! Fråga på"));
        as(p.resident(), () -> messaging.send(id, "Får jag ta med min bror?"));
        as(p.organiser(), () -> messaging.send(id, "Tyvärr är det fullt"));
        Message rude = as(p.resident(), () -> messaging.send(id, "Något otrevligt"));
        assertThatThrownBy(() -> run(p.resident(), () -> messaging.report(rude.id(), "spam", null)))
                .as("not my own")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> run(p.organiser(), () -> messaging.report(rude.id(), "nonsense", null)))
                .isInstanceOf(InvalidInputException.class);

        run(p.organiser(), () -> messaging.report(rude.id(), "offensive", "Inte okej"));
        ContentReported report = applicationEvents.stream(ContentReported.class)
                .filter(r -> r.ref().id() == rude.id())
                .findFirst()
                .orElseThrow();
        assertThat(report.ref().module()).isEqualTo("messaging");
        assertThat(report.ref().type()).isEqualTo("message");
        assertThat(report.text()).isEqualTo("Något otrevligt");
        assertThat(report.authorAccountId()).isEqualTo(p.resident().id().value());
        assertThat(report.reporterAccountId()).isEqualTo(p.organiser().id().value());
        assertThat(report.reason()).isEqualTo("offensive");
        assertThat(report.comment()).isEqualTo("Inte okej");
        assertThat(report.link()).as("staff have no view of conversations").isNull();
        // with it, only the three messages just before it, oldest first
        String organiserName = p.organiser().displayName();
        String residentName = p.resident().displayName();
        assertThat(report.context())
                .containsExactly(
                        organiserName + ": Hej! Fråga på",
                        residentName + ": Får jag ta med min bror?",
                        organiserName + ": Tyvärr är det fullt");

        // a moderator opening it sees that context, and the opening is in the action log under their name
        TestAccounts.Created moderator = accounts.create("Moderatorn", Roles.STAFF);
        var ref = new ContentRef("messaging", "message", rude.id());
        var itemId = RunAs.as(moderator, Roles.STAFF, () -> moderation.item(ref))
                .orElseThrow()
                .id();
        var opened =
                RunAs.as(moderator, Roles.STAFF, () -> moderation.item(itemId)).orElseThrow();
        assertThat(opened.privateContent()).isTrue();
        assertThat(opened.context()).hasSize(3).last().isEqualTo(organiserName + ": Tyvärr är det fullt");
        assertThat(RunAs.as(moderator, Roles.ADMIN, () -> moderationAdmin.recentLog(50)))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("VIEW_PRIVATE");
                    assertThat(e.actorName()).isEqualTo("Moderatorn");
                    assertThat(e.target()).contains(String.valueOf(rude.id()));
                });
        // and in the staff-access audit, as an opening of the resident's private message
        TestAccounts.Created auditor = accounts.create("Revisorn", Roles.ADMIN);
        assertThat(RunAs.as(
                        auditor,
                        Roles.ADMIN,
                        () -> auditLog.find(
                                new AuditFilter(moderator.id(), AccessKind.PRIVATE_MESSAGE_READ, null, null), 0, 10)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.subjectAccountId()).isEqualTo(p.resident().id());
                    assertThat(e.what()).isEqualTo(ref.toString());
                });
        assertThat(as(p.organiser(), () -> messaging.open(id)).messages())
                .filteredOn(m -> m.id() == rude.id())
                .singleElement()
                .extracting(Message::reported)
                .isEqualTo(true);
    }

    /** Unread messages over all of one's conversations, as the list shows them. */
    private static long unread(List<ConversationSummary> conversations) {
        return conversations.stream().mapToLong(ConversationSummary::unread).sum();
    }
}
