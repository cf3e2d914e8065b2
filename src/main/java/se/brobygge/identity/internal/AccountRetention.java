package se.brobygge.identity.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.retention.RetentionRule;
import se.brobygge.shared.retention.RetentionSchedule;

/** Identity's retention rules: registrations never confirmed, and used or expired tokens. */
final class AccountRetention {

    private AccountRetention() {}

    /**
     * Deletes accounts registered with a password whose e-mail address was never confirmed within
     * {@code brobygge.retention.unverified-accounts}. Such an account cannot sign in; its roles,
     * languages and tokens go with it. Guest accounts (no password) are not registrations and stay.
     * An account that something else refers to is left for the account deletion to handle.
     */
    @Component
    static class UnverifiedAccounts implements RetentionRule {

        private static final Logger log = LoggerFactory.getLogger(UnverifiedAccounts.class);

        private final JdbcTemplate jdbc;

        UnverifiedAccounts(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String name() {
            return "identity.unverified-accounts";
        }

        @Override
        @Transactional
        public int apply(RetentionSchedule schedule, Instant now) {
            List<Long> ids = jdbc.query(
                    "select id from identity_account where email_verified = false "
                            + "and password_hash is not null and oidc_subject is null and created_at < ?",
                    (rs, row) -> rs.getLong(1),
                    RetentionSchedule.cutoff(now, schedule.unverifiedAccounts()));
            int deleted = 0;
            for (long id : ids) {
                try {
                    deleted += jdbc.update("delete from identity_account where id = ?", id);
                } catch (DataIntegrityViolationException referenced) {
                    log.warn("Unverified account {} is referenced elsewhere and was kept", id);
                }
            }
            return deleted;
        }
    }

    /** Deletes login, verification and reset tokens used or expired longer ago than {@code expired-tokens}. */
    @Component
    static class ExpiredTokens implements RetentionRule {

        private final JdbcTemplate jdbc;

        ExpiredTokens(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String name() {
            return "identity.expired-tokens";
        }

        @Override
        @Transactional
        public int apply(RetentionSchedule schedule, Instant now) {
            LocalDateTime cutoff = RetentionSchedule.cutoff(now, schedule.expiredTokens());
            return jdbc.update("delete from identity_token where expires_at < ? or used_at < ?", cutoff, cutoff);
        }
    }
}
