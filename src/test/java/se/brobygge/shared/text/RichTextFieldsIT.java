package se.brobygge.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationTestData;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventService;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RichTextPayloads;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Every long free-text column of the schema is classified: rich text (Markdown, cleaned by
 * {@link RichText#clean} when saved and shown only through {@code RichTextView}) or plain text
 * (only ever shown as text, which the browser never parses). A new column that is neither fails
 * here, so whoever adds a description decides how it is stored and shown. Each rich-text column
 * is then written through its real service with the whole payload corpus.
 */
@IntegrationTest
class RichTextFieldsIT {

    /** Markdown written by people, rendered as formatted text. */
    /**
     * Rich text columns. {@code events_event_text.text} holds an event's texts in other languages:
     * the descriptions there are Markdown like the Swedish one (the titles beside them are shown only
     * as text). {@code dialogue_dialogue_text.text} likewise holds a dialogue's background in other
     * languages as Markdown (its question and summary beside it are shown only as text).
     */
    static final Set<String> RICH = Set.of(
            "events_event.description",
            "events_event_text.text",
            "dialogue_dialogue.background",
            "dialogue_dialogue_text.text");

    /** How the stored text of a rich column is read back for the row a writer returned. */
    private static final Map<String, String> READ_BACK = Map.of(
            "events_event_text.text",
            "SELECT text FROM events_event_text WHERE event_id = ? AND field_name = 'description'"
                    + " AND language_code = 'ar'",
            "dialogue_dialogue_text.text",
            "SELECT text FROM dialogue_dialogue_text WHERE dialogue_id = ? AND field_name = 'background'"
                    + " AND language_code = 'ar'");

    /**
     * Written by people and only ever shown as text: Vaadin components' text (which the browser
     * never parses; ArchitectureTest keeps Html, Markdown and innerHTML out of every class but
     * RichTextView), text fields, and escaped in PDF, CSV, iCalendar, Atom and mail.
     */
    static final Set<String> PLAIN = Set.of(
            "associations_association.description",
            "associations_association_text.text",
            "associations_activity.description",
            "associations_activity_text.text",
            "associations_request.message",
            "associations_request.answer",
            "places_place.description",
            "places_place_text.text",
            "employers_employer.description",
            "employers_session.description",
            "employers_card.presentation",
            "employers_card.seeks",
            "employers_card.offers",
            "employers_card.skills",
            "employers_posting.description",
            "employers_posting.support",
            "employers_posting.accessibility",
            "employers_posting_text.text",
            "employers_session_text.text",
            "employers_interest.message",
            "employers_interest.answer",
            "dialogue_dialogue.summary_heard",
            "dialogue_dialogue.summary_actions",
            "dialogue_post.body",
            "dialogue_post.hidden_reason",
            "dialogue_proposal.description",
            "dialogue_proposal.decline_reason",
            "mentoring_checkin.mentee_comment",
            "mentoring_checkin.mentor_comment",
            "mentoring_meeting.what",
            "mentoring_mentorship.explanation",
            "mentoring_mentorship.mentee_feedback",
            "mentoring_mentorship.mentor_feedback",
            "mentoring_profile.goals",
            "mentoring_proposal.explanation",
            "messaging_message.body",
            "moderation_item.text",
            "moderation_item.context",
            "moderation_item.hidden_reason",
            "moderation_item.appeal_text",
            "moderation_report.text",
            "moderation_report.comment",
            "moderation_decision.text",
            "moderation_decision.reason",
            "moderation_block.justification",
            "moderation_log.reason",
            "insights_barrier_report.description",
            "insights_barrier_report.reply");

    /** Written by the application, not typed by people. */
    static final Map<String, String> SYSTEM = Map.ofEntries(
            Map.entry("notifications_mail.text_body", "MailComposer: translations and escaped user text"),
            Map.entry("notifications_mail.html_body", "MailComposer: every user text through HtmlUtils.htmlEscape"),
            Map.entry("notifications_notification.args", "parameters of translation keys"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    DialogueService dialogues;

    @Autowired
    AssociationService associations;

    @Test
    void everyLongTextColumnIsEitherRichOrPlainText() {
        Set<String> columns = new TreeSet<>(jdbc.queryForList("""
                SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns
                WHERE table_schema = DATABASE()
                  AND (data_type IN ('tinytext', 'text', 'mediumtext', 'longtext')
                       OR (data_type = 'varchar' AND character_maximum_length >= 1000))
                """, String.class));
        // the frameworks' own tables (migrations, Modulith's event log, ShedLock)
        columns.removeIf(c -> c.toLowerCase(Locale.ROOT).matches("(flyway_|event_publication|shedlock).*"));
        Set<String> classified = new TreeSet<>(RICH);
        classified.addAll(PLAIN);
        classified.addAll(SYSTEM.keySet());
        assertThat(columns)
                .as("long text columns: add a new one to RICH (Markdown through RichText.clean when saved "
                        + "and RichTextView when shown) or PLAIN (shown only as text)")
                .isEqualTo(classified);
    }

    @Test
    void everyRichTextColumnIsStoredCleanedThroughItsService() {
        TestAccounts.Created resident = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        AssociationId association = RunAs.as(
                resident,
                Roles.RESIDENT,
                () -> associations.register(AssociationTestData.draft(AssociationTestData.unique("Texttest IF"))));
        Map<String, Function<String, Long>> writers = Map.of(
                "events_event.description",
                        text -> RunAs.as(
                                        resident,
                                        Roles.RESIDENT,
                                        () -> editing.create(withDescription(
                                                TestEvents.draft("Textkväll", 10),
                                                text,
                                                new OnBehalfOf(OrganisationKind.ASSOCIATION, association.value()))))
                                .value(),
                "events_event_text.text",
                        text -> RunAs.as(
                                        resident,
                                        Roles.RESIDENT,
                                        () -> editing.create(withDescription(
                                                        TestEvents.draft("Textkväll", 10),
                                                        "Beskrivning på svenska",
                                                        new OnBehalfOf(
                                                                OrganisationKind.ASSOCIATION, association.value()))
                                                .toBuilder()
                                                .descriptionTranslations(Map.of(Language.ARABIC, text))
                                                .build()))
                                .value(),
                "dialogue_dialogue.background",
                        text -> RunAs.as(staff, Roles.STAFF, () -> dialogues.open(dialogue(text)))
                                .value(),
                "dialogue_dialogue_text.text",
                        text -> RunAs.as(staff, Roles.STAFF, () -> {
                                    DialogueDraft d = dialogue("Bakgrund på svenska");
                                    return dialogues.open(new DialogueDraft(
                                            d.title(),
                                            d.background(),
                                            d.department(),
                                            d.area(),
                                            d.opensAt(),
                                            d.closesAt(),
                                            d.languages(),
                                            false,
                                            Map.of(),
                                            Map.of(Language.ARABIC, text)));
                                })
                                .value());
        assertThat(writers.keySet()).as("a writer for every rich-text column").isEqualTo(RICH);

        for (String column : RICH) {
            String table = column.substring(0, column.indexOf('.'));
            String field = column.substring(column.indexOf('.') + 1);
            for (String text : RichTextPayloads.inTextsOf(4500)) {
                long id = writers.get(column).apply(text + "\n\n" + RichTextPayloads.FORMATTING);
                String stored = jdbc.queryForObject(
                        READ_BACK.getOrDefault(column, "SELECT " + field + " FROM " + table + " WHERE id = ?"),
                        String.class,
                        id);
                assertThat(stored)
                        .as(column)
                        .isEqualTo(RichText.clean(text + "\n\n" + RichTextPayloads.FORMATTING)
                                .strip());
                assertThat(stored)
                        .as(column)
                        .doesNotContainIgnoringCase("<script")
                        .doesNotContain("style=", "<a ", "](javascript", "\u202E")
                        .contains("[Kommunens sida](https://brohamn.example/)");
            }
        }
    }

    private static EventDraft withDescription(EventDraft d, String description, OnBehalfOf organiser) {
        return d.toBuilder().description(description).onBehalfOf(organiser).build();
    }

    private static DialogueDraft dialogue(String background) {
        LocalDateTime now = LocalDateTime.now(Formats.MUNICIPALITY_ZONE);
        return new DialogueDraft(
                "Texttest " + System.nanoTime(),
                background,
                "Kulturförvaltningen",
                "Centrum",
                now.minusDays(1),
                now.plusDays(14),
                Set.of("sv"),
                false);
    }
}
