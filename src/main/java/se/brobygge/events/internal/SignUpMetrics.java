package se.brobygge.events.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.brobygge.events.SignUpConfirmed;
import se.brobygge.events.SignUpWaitlisted;

/**
 * Counts sign-ups to events once they are saved: with a seat, or on the waitlist. A plain listener
 * that counts after the commit, so the count costs no row in the event publication registry.
 */
@Component
class SignUpMetrics {

    static final String SIGN_UPS = "brobygge.events.signups";

    private final Counter confirmed;
    private final Counter waitlisted;

    SignUpMetrics(MeterRegistry registry) {
        this.confirmed = Counter.builder(SIGN_UPS)
                .description("Sign-ups to events since the node started")
                .tag("status", "confirmed")
                .register(registry);
        this.waitlisted = Counter.builder(SIGN_UPS)
                .description("Sign-ups to events since the node started")
                .tag("status", "waitlisted")
                .register(registry);
    }

    @EventListener
    void on(SignUpConfirmed event) {
        afterCommit(confirmed);
    }

    @EventListener
    void on(SignUpWaitlisted event) {
        afterCommit(waitlisted);
    }

    private static void afterCommit(Counter counter) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
