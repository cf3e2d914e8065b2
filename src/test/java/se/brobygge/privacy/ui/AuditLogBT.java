package se.brobygge.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

class AuditLogBT extends BrowserTest {

    @Autowired
    ProfileService profiles;

    @Test
    void anAdministratorDownloadsTheAccessLogAsCsvAndTheDownloadIsLogged() throws Exception {
        TestAccounts.Created amal = accounts.create("Amal Nedladdad", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina Nedladdning " + System.nanoTime(), Roles.STAFF);
        RunAs.as(lina, Roles.STAFF, () -> profiles.sensitiveDetailsOf(amal.id()));

        Page page = newPage(Language.SWEDISH);
        signIn(page, "Anders Nedladdare", Roles.STAFF, Roles.ADMIN);
        open(page, "admin/audit");
        page.getByText(lina.displayName()).first().waitFor();
        Download download =
                page.waitForDownload(() -> page.locator("a.audit-csv").click());
        String csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFtime,actor_id,actor,kind,subject_id,subject,what,where")
                .contains(lina.displayName(), "Amal Nedladdad", "SENSITIVE_READ");

        open(page, "admin/audit");
        page.getByText("privacy:audit-csv").first().waitFor();
        assertThat(page.getByText("privacy:audit-csv").count())
                .as("the download is in the log")
                .isPositive();
    }
}
