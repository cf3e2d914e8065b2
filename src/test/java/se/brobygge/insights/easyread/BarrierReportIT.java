package se.brobygge.insights.easyread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/**
 * A barrier reported from the accessibility statement reaches staff as a task; staff's answer is
 * mailed through the outbox, in the reporter's language, once.
 */
@IntegrationTest
class BarrierReportIT {

    @Autowired
    BarrierReportService reports;

    @Autowired
    TestAccounts accounts;

    @Test
    void anAnonymousReportReachesStaffAndTheAnswerIsMailedInTheReportersLanguage() throws Exception {
        GreenMail smtp = TestSmtp.start();
        String email = TestAccounts.uniqueEmail("visitor");
        String description = "Knappen Anmäl mig går inte att nå med tangentbordet " + System.nanoTime();

        long id = RunAs.anonymously(() -> reports.report(description, "/events/42", email, Language.ARABIC));

        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        BarrierReport task = RunAs.as(staff, Roles.STAFF, reports::all).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(task.description()).isEqualTo(description);
        assertThat(task.page()).isEqualTo("/events/42");
        assertThat(task.answered()).isFalse();

        RunAs.run(staff, Roles.STAFF, () -> reports.reply(id, "Tack! Vi har rättat knappen."));

        MimeMessage mail = Mailbox.awaitOne(smtp, email);
        assertThat(mail.getSubject()).isEqualTo("رد على بلاغك بشأن إمكانية الوصول");
        assertThat(Mailbox.text(mail))
                .contains("Tack! Vi har rättat knappen.")
                .contains(description)
                .contains("/accessibility");
        assertThat(RunAs.as(staff, Roles.STAFF, reports::all).stream()
                        .filter(r -> r.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .answered())
                .isTrue();
        assertThatThrownBy(() -> RunAs.run(staff, Roles.STAFF, () -> reports.reply(id, "Igen")))
                .as("answered once")
                .isInstanceOf(InvalidInputException.class);
        Thread.sleep(1500);
        assertThat(Mailbox.messagesFor(smtp, email)).hasSize(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndResidentsCannotReadTheReports() {
        assertThatThrownBy(() -> RunAs.anonymously(() -> reports.report("  ", "", "inte-en-adress", Language.SWEDISH)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("description", "email"));
        TestAccounts.Created resident = accounts.create("Amal", Roles.RESIDENT);
        assertThatThrownBy(() -> RunAs.as(resident, Roles.RESIDENT, reports::all))
                .isInstanceOf(AccessDeniedException.class);
        long withoutAddress = RunAs.as(
                resident, Roles.RESIDENT, () -> reports.report("Texten är för liten", "", null, Language.SWEDISH));
        assertThat(withoutAddress).isPositive();
    }

    @Test
    void aSignedInPersonCanReportTenBarriersAnHourAndIsThenAskedToWait() {
        TestAccounts.Created resident = accounts.create("Omar", Roles.RESIDENT);
        for (int i = 0; i < 10; i++) {
            int n = i;
            RunAs.as(
                    resident,
                    Roles.RESIDENT,
                    () -> reports.report("Hinder nummer " + n, "/help", null, Language.SWEDISH));
        }
        assertThatThrownBy(() -> RunAs.as(
                        resident,
                        Roles.RESIDENT,
                        () -> reports.report("Hinder nummer 11", "/help", null, Language.SWEDISH)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("a11y.form.error.rateLimited"));
    }
}
