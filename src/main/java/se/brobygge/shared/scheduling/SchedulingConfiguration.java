package se.brobygge.shared.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per tick even with several application nodes: any module annotates its
 * {@code @Scheduled} method with {@code @SchedulerLock(name = "...")}. The lock lives in the
 * database and uses the database's clock, so nodes whose clocks drift still agree
 * (docs/decisions/0021).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulingConfiguration {

    /** The lock table (created by the notifications module's migration V020). */
    public static final String LOCK_TABLE = "notifications_shedlock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProvider(dataSource, "brobygge");
    }

    /** A lock provider on this database; {@code lockedBy} names the node in the lock table. */
    public static LockProvider lockProvider(DataSource dataSource, String lockedBy) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(LOCK_TABLE)
                .withLockedByValue(lockedBy + "@" + hostName())
                .usingDbTime()
                .build());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
