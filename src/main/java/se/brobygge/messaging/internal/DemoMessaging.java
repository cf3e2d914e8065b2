package se.brobygge.messaging.internal;

import static se.brobygge.identity.DemoAccounts.as;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.messaging.Contact;
import se.brobygge.messaging.MessagingService;
import se.brobygge.shared.LocalRunOnly;

/**
 * A demo conversation for the local run, made through {@link MessagingService}: Amal (the demo
 * newcomer) writes in Swedish and Arabic to someone she has a relationship with (Erik, her mentor,
 * when the demo mentorship exists; else the first person she may write to), who reads and answers
 * twice. Amal has not opened it yet, so she sees two unread messages and two unread
 * notifications. Created once: nothing happens when Amal already has a conversation.
 */
@Component
@LocalRunOnly
@Order(50)
class DemoMessaging implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMessaging.class);

    static final String AMAL = "amal@demo.brohamn.example";
    static final String PREFERRED = "erik@demo.brohamn.example";

    static final List<String> FROM_AMAL = List.of(
            "Hej! Tack för fikan på biblioteket. Kan vi ses igen på torsdag?",
            "مرحباً، أريد أن أتدرّب على كتابة السيرة الذاتية بالسويدية. هل يمكنك مساعدتي؟");
    static final List<String> FROM_OTHER = List.of(
            "Hej Amal! Torsdag klockan 17 passar bra. Ta med ditt CV så går vi igenom det tillsammans.",
            "شكراً! Det är nästan det enda jag kan säga på arabiska, men jag lär mig gärna mer.");

    private final MessagingService messaging;
    private final Recipients recipients;

    DemoMessaging(MessagingService messaging, Recipients recipients) {
        this.messaging = messaging;
        this.recipients = recipients;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<AccountId> amal = recipients.idOf(AMAL);
        if (amal.isEmpty()) {
            return;
        }
        try {
            if (!as(amal.get(), "Amal Haddad", Roles.RESIDENT, () -> messaging.conversations())
                    .isEmpty()) {
                return;
            }
            create(amal.get());
        } catch (RuntimeException e) {
            log.warn("Demo conversation not created", e);
        }
    }

    private void create(AccountId amal) {
        Optional<AccountId> preferred = recipients.idOf(PREFERRED);
        Optional<Contact> other = as(amal, "Amal Haddad", Roles.RESIDENT, () -> messaging.contacts()).stream()
                .min(Comparator.comparing((Contact c) -> !preferred.equals(Optional.of(c.accountId()))));
        if (other.isEmpty()) {
            log.info("No demo conversation: Amal has nobody she may write to");
            return;
        }
        AccountId them = other.get().accountId();
        String theirName = other.get().displayName();
        long id = as(amal, "Amal Haddad", Roles.RESIDENT, () -> messaging.startWith(them));
        for (String text : FROM_AMAL) {
            as(amal, "Amal Haddad", Roles.RESIDENT, () -> messaging.send(id, text));
        }
        as(them, theirName, Roles.RESIDENT, () -> messaging.open(id)); // read receipts for Amal's messages
        for (String text : FROM_OTHER) {
            as(them, theirName, Roles.RESIDENT, () -> messaging.send(id, text));
        }
        log.info("Created a demo conversation between Amal and {}", theirName);
    }
}
