package se.brobygge.insights.inbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.insights.easyread.BarrierReportService;
import se.brobygge.notifications.Delivery;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The staff inbox counts what waits in each queue, links to it, and the side nav shows the total. */
class StaffInboxKT extends KaribuTest {

    @Autowired
    BarrierReportService barriers;

    private static long countOf(String queue) {
        ListItem item = _get(ListItem.class, spec -> spec.withClasses("inbox-" + queue));
        return Long.parseLong(
                _get(item, Span.class, spec -> spec.withClasses("inbox-count")).getText());
    }

    /** Away and back: the same address again keeps the page as it was. */
    private static void reopen() {
        UI.getCurrent().navigate("staff");
        UI.getCurrent().navigate("staff/inbox");
    }

    /** The number beside the inbox in the side nav, as its accessible name says it ("12 väntar"; the badge shows 99+ above 99). */
    private static long navBadge() {
        SideNavItem inbox = _get(SideNav.class).getItems().stream()
                .filter(i -> i.getLabel().equals("Personalens inkorg"))
                .findFirst()
                .orElseThrow();
        if (inbox.getSuffixComponent() == null) {
            return 0;
        }
        String name = inbox.getSuffixComponent().getElement().getAttribute("aria-label");
        assertThat(name).endsWith(" väntar");
        return Long.parseLong(name.substring(0, name.indexOf(' ')));
    }

    @Test
    void aNewBarrierReportRaisesTheCountsAndAnsweringItLowersThem() {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/inbox");
        assertThat(_get(H1.class).getText()).isEqualTo("Det här väntar på personalen");
        long barriersBefore = countOf("barriers");
        long totalBefore = navBadge();
        Anchor link = _get(
                _get(ListItem.class, spec -> spec.withClasses("inbox-barriers")),
                Anchor.class,
                spec -> spec.withText("Rapporterade hinder att besvara"));
        assertThat(link.getHref()).isEqualTo("staff/barriers");

        long report = barriers.report("Knappen går inte att nå med tangentbordet.", "/events", null, Language.SWEDISH);
        reopen();
        assertThat(countOf("barriers")).isEqualTo(barriersBefore + 1);
        assertThat(navBadge())
                .as("the side nav's number, counted on navigation")
                .isEqualTo(totalBefore + 1);

        RunAs.run(lina, Roles.STAFF, () -> barriers.reply(report, "Tack, vi rättar det."));
        reopen();
        assertThat(countOf("barriers")).isEqualTo(barriersBefore);
        assertThat(navBadge()).isEqualTo(totalBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffChooseTheMorningMailAmongTheirNotificationSettings() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/inbox");
        UI.getCurrent()
                .navigate(_get(
                                Anchor.class,
                                spec -> spec.withText(
                                        "Vill du få ett mejl på morgonen när något väntar? Välj det bland dina aviseringar."))
                        .getHref());
        RadioButtonGroup<Delivery> choice = _get(
                RadioButtonGroup.class,
                spec -> spec.withLabel(
                        "Personalens inkorg: ett mejl på morgonen när något väntar (bara för personal, av tills du väljer)"));
        assertThat(choice.getValue()).as("off until chosen").isEqualTo(Delivery.IN_APP);
        choice.setValue(Delivery.MAIL_NOW);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Sparat: Personalens inkorg"));

        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate(""); // a new settings page for the new user
        UI.getCurrent().navigate("notifications/settings");
        assertThat(_find(RadioButtonGroup.class).stream().map(RadioButtonGroup::getLabel))
                .noneMatch(label -> label.startsWith("Personalens inkorg"));
    }

    @Test
    void theInboxSpeaksArabicAndResidentsNeitherSeeNorOpenIt() {
        signIn("Lina", Roles.STAFF);
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("staff/inbox");
        assertThat(_get(H1.class).getText()).isEqualTo("ما ينتظر الموظفين");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("طلبات الاعتراض", "فعاليات للمراجعة");

        signIn("Amal", Roles.RESIDENT);
        useLocale(Locale.forLanguageTag("sv"));
        UI.getCurrent().navigate("staff/inbox");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Det här väntar på personalen");
        assertThat(_get(SideNav.class).getItems().stream().map(SideNavItem::getLabel))
                .doesNotContain("Personalens inkorg");
    }
}
