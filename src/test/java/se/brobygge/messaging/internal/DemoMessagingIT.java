package se.brobygge.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.messaging.Message;
import se.brobygge.messaging.MessagingService;
import se.brobygge.notifications.NotificationService;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** The local run's demo conversation is made through the service, in Swedish and Arabic, and only once. */
@IntegrationTest
class DemoMessagingIT {

    @Autowired
    MessagingService messaging;

    @Autowired
    NotificationService notifications;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    Recipients recipients;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Clock clock;

    private TestAccounts.Created demoPerson(String email, String name, String role) {
        Account account = accounts.findByEmail(email).orElseGet(() -> {
            Account created = new Account(email, name, "sv", clock.instant());
            created.markEmailVerified();
            created.roles().add(role);
            return accounts.save(created);
        });
        return new TestAccounts.Created(account.accountId(), email, name, Set.of(role));
    }

    @Test
    void amalHasOneConversationWithUnreadAnswersAndItIsMadeOnce() {
        TestAccounts.Created amal = demoPerson(DemoMessaging.AMAL, "Amal Haddad", Roles.RESIDENT);
        TestAccounts.Created lina = demoPerson("lina@demo.brohamn.example", "Lina Berg", Roles.STAFF);
        // a relationship to write in, whatever other demo data this database has: Lina organises, Amal signs up
        EventId event =
                RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Demo " + System.nanoTime(), 10)));
        RunAs.run(amal, Roles.RESIDENT, () -> signUps.signUp(event));
        DemoMessaging demo = new DemoMessaging(messaging, recipients);

        demo.run(null);
        demo.run(null);

        var conversations = RunAs.as(amal, Roles.RESIDENT, () -> messaging.conversations());
        assertThat(conversations)
                .as("made once")
                .singleElement()
                .satisfies(c -> assertThat(c.unread()).isEqualTo(2));
        // read from the other side, so that Amal's messages stay unread for the next run on this database
        var other = new TestAccounts.Created(
                conversations.getFirst().otherAccountId(),
                "",
                conversations.getFirst().otherName(),
                Set.of(Roles.RESIDENT));
        var opened = RunAs.as(
                other,
                Roles.RESIDENT,
                () -> messaging.open(conversations.getFirst().id()));
        assertThat(opened.messages())
                .extracting(Message::text)
                .containsExactly(
                        DemoMessaging.FROM_AMAL.get(0), DemoMessaging.FROM_AMAL.get(1),
                        DemoMessaging.FROM_OTHER.get(0), DemoMessaging.FROM_OTHER.get(1));
        assertThat(opened.messages().get(1).text()).contains("السيرة الذاتية");
        assertThat(opened.messages().stream().filter(m -> !m.mine()))
                .as("Amal's: read by the other")
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.readAt()).isNotNull());
        assertThat(opened.messages().stream().filter(Message::mine))
                .as("the answers: not yet read by Amal")
                .hasSize(2)
                .allSatisfy(m -> assertThat(m.readAt()).isNull());
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        RunAs.as(amal, Roles.RESIDENT, () -> notifications.recent(Locale.forLanguageTag("sv"), 50))
                                        .stream()
                                        .filter(n -> !n.read()
                                                && n.link() != null
                                                && n.link()
                                                        .equals("/messages/"
                                                                + conversations
                                                                        .getFirst()
                                                                        .id()))
                                        .count()
                                == 2);
    }
}
