package se.brobygge.notifications.internal;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.shared.operations.DatabaseGauge;

/**
 * The outbox backlog for operators: mails waiting to be sent (a growing number means SMTP trouble)
 * and mails given up on (staff retry them on the outbox page).
 */
@Configuration(proxyBeanMethods = false)
class OutboxMetrics {

    static final String BACKLOG = "brobygge.mail.outbox";

    @Bean
    MeterBinder outboxGauges(JdbcTemplate jdbc) {
        return registry -> {
            DatabaseGauge.register(
                    registry,
                    jdbc,
                    BACKLOG,
                    "Mails in the outbox by state",
                    "SELECT COUNT(*) FROM notifications_mail WHERE status = 'PENDING'",
                    "state",
                    "pending");
            DatabaseGauge.register(
                    registry,
                    jdbc,
                    BACKLOG,
                    "Mails in the outbox by state",
                    "SELECT COUNT(*) FROM notifications_mail WHERE status = 'FAILED'",
                    "state",
                    "failed");
            DatabaseGauge.register(
                    registry,
                    jdbc,
                    BACKLOG + ".retrying",
                    "Pending mails that failed at least once (SMTP down or refusing for now)",
                    "SELECT COUNT(*) FROM notifications_mail WHERE status = 'PENDING' AND attempts > 0");
        };
    }
}
