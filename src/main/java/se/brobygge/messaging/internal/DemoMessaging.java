package se.brobygge.messaging.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
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

    private record DemoPrincipal(AccountId accountId, String displayName) implements CurrentUser.AccountPrincipal {}

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
            if (!as(amal.get(), "Amal Haddad", () -> messaging.conversations()).isEmpty()) {
                return;
            }
            create(amal.get());
        } catch (RuntimeException e) {
            log.warn("Demo conversation not created", e);
        }
    }

    private void create(AccountId amal) {
        long preferred = recipients.idOf(PREFERRED).map(AccountId::value).orElse(-1L);
        Optional<Contact> other = as(amal, "Amal Haddad", () -> messaging.contacts()).stream()
                .min(Comparator.comparing((Contact c) -> c.accountId() != preferred));
        if (other.isEmpty()) {
            log.info("No demo conversation: Amal has nobody she may write to");
            return;
        }
        AccountId them = new AccountId(other.get().accountId());
        String theirName = other.get().displayName();
        long id = as(amal, "Amal Haddad", () -> messaging.startWith(them.value()));
        for (String text : FROM_AMAL) {
            as(amal, "Amal Haddad", () -> messaging.send(id, text));
        }
        as(them, theirName, () -> messaging.open(id)); // read receipts for Amal's messages
        for (String text : FROM_OTHER) {
            as(them, theirName, () -> messaging.send(id, text));
        }
        log.info("Created a demo conversation between Amal and {}", theirName);
    }

    private static <T> T as(AccountId id, String name, Callable<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new DemoPrincipal(id, name),
                        null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + Roles.RESIDENT))));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
