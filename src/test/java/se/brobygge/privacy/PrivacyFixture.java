package se.brobygge.privacy;

import static se.brobygge.support.RunAs.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * A person with data in every module: their own rows written straight into each module's tables
 * (as the modules would), plus a real sign-up to a full event with someone waiting behind them.
 */
@Component
public class PrivacyFixture {

    /** The person, the marker written into their texts, their phone number and the event they hold a seat at. */
    record Person(
            TestAccounts.Created account,
            String marker,
            String phone,
            EventId event,
            TestAccounts.Created waiting,
            TestAccounts.Created other) {

        long id() {
            return account.id().value();
        }
    }

    private final JdbcTemplate jdbc;
    private final TestAccounts accounts;
    private final EventEditingService events;
    private final SignUpService signUps;

    PrivacyFixture(JdbcTemplate jdbc, TestAccounts accounts, EventEditingService events, SignUpService signUps) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.signUps = signUps;
    }

    /** A resident with a unique name and data in every module. */
    Person everywhere() {
        String marker = "mk" + UUID.randomUUID().toString().substring(0, 10);
        String name = "Zara " + marker;
        String phone = "070-" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        TestAccounts.Created person = accounts.create(name, Roles.RESIDENT);
        TestAccounts.Created other = accounts.create("Staff " + marker.substring(2), Roles.STAFF);
        long id = person.id().value();
        Timestamp now = Timestamp.from(Instant.now());

        jdbc.update("INSERT INTO identity_account_language (account_id, language_code) VALUES (?, 'ar')", id);
        jdbc.update(
                "INSERT INTO notifications_notification (account_id, kind, dedup_key, subject_key, body_key, args, "
                        + "created_at) VALUES (?, 'MESSAGE', ?, 's', 'b', ?, ?)",
                id,
                marker,
                "[\"" + marker + "\"]",
                now);
        jdbc.update(
                "INSERT INTO notifications_notification (account_id, kind, dedup_key, subject_key, body_key, args, "
                        + "created_at) VALUES (?, 'MESSAGE', ?, 's', 'b', ?, ?)",
                other.id().value(),
                marker,
                "[\"" + name + "\"]",
                now);
        jdbc.update(
                "INSERT INTO notifications_mail (dedup_key, recipient, language, subject, text_body, html_body, "
                        + "status, next_attempt_at, created_at) VALUES (?, ?, 'sv', ?, ?, ?, 'SENT', ?, ?)",
                marker,
                person.email(),
                "Hej " + name,
                "Hej " + name,
                "<p>Hej " + name + "</p>",
                now,
                now);
        jdbc.update(
                "INSERT INTO notifications_preference (account_id, kind, delivery) VALUES (?, 'MESSAGE', 'DAILY')", id);
        jdbc.update(
                "INSERT INTO places_place (version, status, name, description, street_address, area, opening_hours, "
                        + "step_free, hearing_loop, accessible_toilet, contact_email, contact_phone, proposed_by, created_at, "
                        + "updated_at) VALUES (0, 'PROPOSED', ?, 'Ett rum', 'Gatan 1', 'Centrum', '', 0, 0, 0, ?, ?, ?, ?, ?)",
                "Plats " + marker,
                person.email(),
                phone,
                id,
                now,
                now);

        long association = insert(
                "INSERT INTO associations_association (name, organisation_number, type, "
                        + "registered_by, created_at) VALUES (?, ?, 'CULTURE', ?, ?)",
                "Förening " + marker,
                String.format(
                        "8%05d-%04d",
                        ThreadLocalRandom.current().nextInt(100_000),
                        ThreadLocalRandom.current().nextInt(10_000)),
                other.id().value(),
                now);
        jdbc.update(
                "INSERT INTO associations_request (association_id, account_id, kind, message, language_code, "
                        + "contact_by, contact_phone, status, created_at) VALUES (?, ?, 'JOIN', ?, 'sv', 'PHONE', ?, 'NEW', ?)",
                association,
                id,
                "Hej, jag heter " + name + " " + marker,
                phone,
                now);

        jdbc.update(
                "INSERT INTO mentoring_profile (account_id, as_mentee, as_mentor, seeking, offering, languages, "
                        + "interests, free_tags, times, modes, gender, same_gender_only, capacity, goals, updated_at, version) "
                        + "VALUES (?, 1, 0, '', '', 'sv:INTERMEDIATE', '', '', '', '', 'UNSTATED', 0, 1, ?, ?, 0)",
                id,
                "Mål " + marker,
                now);
        jdbc.update(
                "INSERT INTO mentoring_sensitive (account_id, country_of_origin, arrival_year, updated_at) "
                        + "VALUES (?, 'Syrien', 2016, ?)",
                id,
                now);

        jdbc.update(
                "INSERT INTO employers_card (account_id, presentation, seeks, offers, languages, swedish_level, "
                        + "skills, updated_at) VALUES (?, ?, '', '', 'sv', 'INTERMEDIATE', '', ?)",
                id,
                "Jag är " + name + ", ring " + phone + " " + marker,
                now);

        long dialogue = insert(
                "INSERT INTO dialogue_dialogue (title, background, department, opens_at, closes_at, "
                        + "languages, premoderated, created_by, created_at) VALUES (?, 'b', 'Kommunen', ?, ?, 'sv', 0, ?, ?)",
                "Dialog " + marker,
                now,
                Timestamp.from(Instant.now().plus(Duration.ofDays(30))),
                other.id().value(),
                now);
        jdbc.update(
                "INSERT INTO dialogue_post (dialogue_id, thread_official, author_id, author_name, body, language, "
                        + "official, state, created_at) VALUES (?, 0, ?, ?, ?, 'sv', 0, 'VISIBLE', ?)",
                dialogue,
                id,
                name,
                "Inlägg " + marker,
                now);
        jdbc.update("INSERT INTO dialogue_follow (dialogue_id, account_id) VALUES (?, ?)", dialogue, id);

        jdbc.update(
                "INSERT INTO moderation_author (account_id, first_seen_at, submitted_count) VALUES (?, ?, 1)", id, now);

        long a = Math.min(id, other.id().value());
        long b = Math.max(id, other.id().value());
        long conversation = insert(
                "INSERT INTO messaging_conversation (account_a, account_b, created_at) " + "VALUES (?, ?, ?)",
                a,
                b,
                now);
        jdbc.update(
                "INSERT INTO messaging_message (conversation_id, sender_id, body, sent_at) VALUES (?, ?, ?, ?)",
                conversation,
                id,
                "Meddelande " + marker,
                now);

        EventId event = as(other, Roles.STAFF, () -> events.create(TestEvents.draft("Kafé " + marker, 1)));
        as(person, Roles.RESIDENT, () -> signUps.signUp(event));
        TestAccounts.Created waiting = accounts.create("Waiting " + marker.substring(2), Roles.RESIDENT);
        as(waiting, Roles.RESIDENT, () -> signUps.signUp(event));
        return new Person(person, marker, phone, event, waiting, other);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                key);
        return key.getKeyAs(BigInteger.class).longValue();
    }

    /** The files in a ZIP, as text. */
    public static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
