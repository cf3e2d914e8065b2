package se.brobygge.insights.easyread;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.MailToAddressRequested;
import se.brobygge.shared.ratelimit.ClientAddress;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * Barriers reported from the accessibility statement: anyone may report one (signed in or not);
 * staff see them as tasks, oldest unanswered first, and answer; the answer is mailed through the
 * notifications outbox when the reporter left an address.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class BarrierReportService {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_PAGE = 300;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final String baseUrl;
    private final RateLimits rateLimits;

    BarrierReportService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock,
            BrobyggeProperties properties,
            RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    /**
     * Reports a barrier; {@code email} (optional) is where the answer goes.
     *
     * @throws InvalidInputException "description", "page" or "email" with a key of the foryou bundle
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public long report(String description, String page, @Nullable String email, Language language) {
        String text = description.strip();
        String where = page.strip();
        String address = email == null || email.isBlank() ? null : email.strip();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("description", "a11y.form.error.description"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new InvalidInputException.FieldError("description", "a11y.form.error.long"));
        }
        if (where.length() > MAX_PAGE) {
            errors.add(new InvalidInputException.FieldError("page", "a11y.form.error.long"));
        }
        if (address != null
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            errors.add(new InvalidInputException.FieldError("email", "a11y.form.error.email"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the "report" limit, per account when signed in, else per network address (anyone may report)
        Optional<String> caller =
                currentUser.id().map(id -> Long.toString(id.value())).or(ClientAddress::current);
        if (caller.isPresent()) {
            rateLimits.acquire("report", caller.get(), "description", "a11y.form.error.rateLimited");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO insights_barrier_report (description, page, email, language, account_id, reported_at)
                VALUES (:description, :page, :email, :language, :account, :at)""")
                .param("description", text)
                .param("page", where)
                .param("email", address)
                .param("language", language.code())
                .param("account", currentUser.id().map(id -> id.value()).orElse(null))
                .param("at", clock.instant())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "the insert generates an id")
                .longValue();
    }

    /** How many reports wait for an answer (the staff inbox). */
    @Transactional(readOnly = true)
    public long unansweredCount() {
        return jdbc.sql("SELECT COUNT(*) FROM insights_barrier_report WHERE replied_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** Every report, unanswered ones first, oldest first within each. */
    @Transactional(readOnly = true)
    public List<BarrierReport> all() {
        return jdbc.sql("""
                SELECT id, description, page, email, language, reported_at, reply, replied_at
                FROM insights_barrier_report ORDER BY replied_at IS NOT NULL, reported_at, id""")
                .query((rs, row) -> new BarrierReport(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    /**
     * Answers a report, once: the answer is kept with it and, when the reporter left an address,
     * mailed to them in the language they reported in.
     *
     * @throws InvalidInputException "reply": empty, too long, or answered already (by someone else)
     */
    @Transactional
    public void reply(long id, String reply) {
        String text = reply.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reply", "a11y.form.error.reply");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("reply", "a11y.form.error.long");
        }
        int updated = jdbc.sql("""
                UPDATE insights_barrier_report SET reply = :reply, replied_by = :by, replied_at = :at
                WHERE id = :id AND replied_at IS NULL""")
                .param("reply", text)
                .param("by", currentUser.require().value())
                .param("at", clock.instant())
                .param("id", id)
                .update();
        if (updated == 0) {
            throw new InvalidInputException("reply", "a11y.form.error.answered");
        }
        BarrierReport report =
                all().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        if (report.email() != null) {
            String link = UriComponentsBuilder.fromUriString(baseUrl)
                    .path("/accessibility")
                    .build()
                    .toUriString();
            publisher.publishEvent(new MailToAddressRequested(
                    "barrier-reply:" + id,
                    report.email(),
                    report.language(),
                    "a11y.mail.reply",
                    List.of(text, shorten(report.description())),
                    link));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
