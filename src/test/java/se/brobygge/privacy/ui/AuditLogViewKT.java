package se.brobygge.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.privacy.audit.Actor;
import se.brobygge.privacy.audit.AuditEntry;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

class AuditLogViewKT extends KaribuTest {

    @Autowired
    ProfileService profiles;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorFindsWhoReadWhoseSensitiveDetails() {
        TestAccounts.Created amal = accounts.create("Amal Loggad", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina Loggläsare " + System.nanoTime(), Roles.STAFF);
        RunAs.as(lina, Roles.STAFF, () -> profiles.sensitiveDetailsOf(amal.id()));
        RunAs.as(lina, Roles.STAFF, () -> profiles.profileOf(amal.id()));

        signIn("Anders Revisor", Roles.STAFF, Roles.ADMIN);
        UI.getCurrent().navigate("admin/audit");
        assertThat(_get(H1.class).getText()).isEqualTo("Personalens åtkomstlogg");
        ComboBox<Actor> who = _get(ComboBox.class, spec -> spec.withLabel("Vem"));
        who.setValue(who.getListDataView()
                .getItems()
                .filter(a -> a.accountId().equals(lina.id()))
                .findFirst()
                .orElseThrow());
        Grid<AuditEntry> grid = _get(Grid.class);
        List<AuditEntry> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows)
                .extracting(AuditEntry::kind)
                .containsExactlyInAnyOrder(AccessKind.SENSITIVE_READ, AccessKind.PROFILE_READ);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(lina.displayName(), "Amal Loggad");

        ComboBox<AccessKind> what = _get(ComboBox.class, spec -> spec.withLabel("Vad"));
        what.setValue(AccessKind.SENSITIVE_READ);
        assertThat(GridKt._fetch(grid, 0, 50))
                .singleElement()
                .extracting(AuditEntry::subjectAccountId)
                .isEqualTo(amal.id());
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Läste känsliga uppgifter");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Ladda ner som CSV (urvalet ovan)");
    }

    @Test
    void staffWithoutTheAdministratorRoleCannotOpenTheLog() {
        signIn("Lina Nyfiken", Roles.STAFF);
        UI.getCurrent().navigate("admin/audit");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Personalens åtkomstlogg");
    }
}
