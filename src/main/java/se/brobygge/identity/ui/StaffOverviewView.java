package se.brobygge.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.AccountStatistics;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;

/** Staff's starting point: how many people use Brobygge, by role. */
@Route("staff")
@Menu(order = 100, title = "nav.staff", icon = "vaadin:desktop")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class StaffOverviewView extends Main implements HasDynamicTitle {

    StaffOverviewView(AccountService accounts) {
        add(new H1(getTranslation("staff.title")));
        add(new Paragraph(getTranslation("staff.intro")));
        AccountStatistics stats = accounts.statistics();
        Locale locale = UI.getCurrent().getLocale();
        DescriptionList list = new DescriptionList();
        list.add(
                new DescriptionList.Term(getTranslation("staff.accounts")),
                new DescriptionList.Description(Formats.number(stats.accounts(), locale)));
        list.add(
                new DescriptionList.Term(getTranslation("staff.verified")),
                new DescriptionList.Description(Formats.number(stats.verified(), locale)));
        for (String role : Roles.ALL) {
            list.add(
                    new DescriptionList.Term(getTranslation("role." + role)),
                    new DescriptionList.Description(
                            Formats.number(stats.perRole().getOrDefault(role, 0L), locale)));
        }
        list.addClassName("figures");
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " – Brobygge";
    }
}
