package se.brobygge.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.KaribuTest;

class ShellKT extends KaribuTest {

    @Test
    void anonymousVisitorSeesTheStartPageInSwedish() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Välkommen till Brobygge");
        List<String> links = Stream.concat(
                        _find(RouterLink.class).stream().map(RouterLink::getText),
                        _find(Anchor.class).stream().map(a -> a.getText()))
                .toList();
        assertThat(links)
                .contains(
                        "Se mötesplatser och evenemang",
                        "Hitta en förening",
                        "Delta i medborgardialogen",
                        "Tillgänglighetsredogörelse");
        assertThat(navigation())
                .containsExactly(
                        "Start", "Evenemang", "Mötesplatser", "Föreningar", "Medborgardialog", "Hjälp och lättläst");
    }

    @Test
    void theStartPageOffersEveryLanguageInItsOwnNameAndOneTapSwitches() {
        UI.getCurrent().navigate("");
        StartLanguages choice = _get(StartLanguages.class);
        List<NativeButton> buttons = _find(choice, NativeButton.class);
        assertThat(buttons)
                .extracting(NativeButton::getText)
                .containsExactly("Svenska", "English", "العربية", "دری", "Soomaali", "ትግርኛ", "Українська");
        NativeButton dari = buttons.get(3);
        assertThat(dari.getElement().getAttribute("lang")).isEqualTo("prs");
        assertThat(dari.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(buttons.get(6).getElement().getAttribute("dir")).isEqualTo("ltr");
        NativeButton arabic = buttons.get(2);
        assertThat(arabic.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(arabic.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(buttons.get(0).getElement().getAttribute("aria-current")).isEqualTo("true");

        _click(arabic);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        UI.getCurrent().navigate("events");
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("أهلًا بك في Brobygge");
        assertThat(_get(StartLanguages.class)
                        .getChildren()
                        .filter(b -> "true".equals(b.getElement().getAttribute("aria-current")))
                        .map(b -> ((NativeButton) b).getText()))
                .containsExactly("العربية");
    }

    @Test
    void theStartPageInvitesVisitorsToRegisterWithARealLink() {
        UI.getCurrent().navigate("");
        Anchor register = _get(Anchor.class, spec -> spec.withText("Skapa ett konto"));
        assertThat(register.getHref()).isEqualTo("register");
        UI.getCurrent().navigate(register.getHref());
        assertThat(_get(H1.class).getText()).isNotEqualTo("Välkommen till Brobygge");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("register");

        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class, spec -> spec.withText("Skapa ett konto")))
                .as("no invitation for people with an account")
                .isEmpty();
    }

    @Test
    void theAssociationsEntryLeadsToTheAssociationDirectory() {
        UI.getCurrent().navigate("associations");
        assertThat(_get(H1.class).getText()).isEqualTo("Föreningar");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("associations");
    }

    @Test
    void anonymousVisitorCannotOpenAStaffViewAndIsSentToLogin() {
        UI.getCurrent().navigate("staff");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("login");
        assertThat(_get(H1.class).getText()).isEqualTo("Logga in");
    }

    @Test
    void residentSeesResidentEntriesOnly() {
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("");
        assertThat(navigation())
                .containsExactly(
                        "Start",
                        "För dig",
                        "Evenemang",
                        "Mötesplatser",
                        "Föreningar",
                        "Näringslivsupprop",
                        "Praktik och jobb",
                        "Arbetsgivare",
                        "Medborgardialog",
                        "Mina evenemang",
                        "Mina föreningar",
                        "Meddelanden",
                        "Mitt mentorskap",
                        "Min profil",
                        "Aviseringsinställningar",
                        "Hjälp och lättläst");
    }

    @Test
    void associationRepresentativeAndEmployerSeeResidentEntriesButNoStaffTools() {
        signIn("Sara", Roles.RESIDENT, Roles.ASSOCIATION_REP);
        UI.getCurrent().navigate("");
        assertThat(navigation())
                .doesNotContain("Personalöversikt", "Utgående e-post", "Konton och roller")
                .contains("Min profil");
        signOut();
        signIn("Johan", Roles.RESIDENT, Roles.EMPLOYER);
        UI.getCurrent().navigate("profile");
        assertThat(navigation())
                .doesNotContain("Personalöversikt", "Utgående e-post", "Konton och roller")
                .contains("Min profil");
    }

    @Test
    void staffSeeStaffToolsButNotAdministration() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff");
        assertThat(_get(H1.class).getText()).isEqualTo("Personalöversikt");
        assertThat(navigation())
                .containsExactly(
                        "Start",
                        "För dig",
                        "Evenemang",
                        "Mötesplatser",
                        "Föreningar",
                        "Näringslivsupprop",
                        "Praktik och jobb",
                        "Arbetsgivare",
                        "Medborgardialog",
                        "Mina evenemang",
                        "Mina föreningar",
                        "Meddelanden",
                        "Mitt mentorskap",
                        "Min profil",
                        "Aviseringsinställningar",
                        "Hjälp och lättläst",
                        "Personalens inkorg",
                        "Personalöversikt",
                        "Nytt evenemang",
                        "Hantera mötesplatser",
                        "Granska evenemang",
                        "Matchningsrundor",
                        "Granska föreningar",
                        "Arbetsgivare att granska",
                        "Mentorskap: uppföljning",
                        "Nytt näringslivsupprop",
                        "Utgående e-post",
                        "Granskningskö",
                        "Spärrade skribenter",
                        "Bevakade ord",
                        "Moderationslogg",
                        "Rapporterade hinder",
                        "Språk och översättningar",
                        "Uppföljning");
    }

    @Test
    void staffCannotOpenTheAdministrationView() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("admin/accounts");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Konton och roller");
    }

    @Test
    void adminSeesEverything() {
        signIn("Anders", Roles.STAFF, Roles.ADMIN);
        UI.getCurrent().navigate("admin/accounts");
        assertThat(_get(H1.class).getText()).isEqualTo("Konton och roller");
        assertThat(navigation())
                .containsExactly(
                        "Start",
                        "För dig",
                        "Evenemang",
                        "Mötesplatser",
                        "Föreningar",
                        "Näringslivsupprop",
                        "Praktik och jobb",
                        "Arbetsgivare",
                        "Medborgardialog",
                        "Mina evenemang",
                        "Mina föreningar",
                        "Meddelanden",
                        "Mitt mentorskap",
                        "Min profil",
                        "Aviseringsinställningar",
                        "Hjälp och lättläst",
                        "Personalens inkorg",
                        "Personalöversikt",
                        "Nytt evenemang",
                        "Hantera mötesplatser",
                        "Granska evenemang",
                        "Matchningsrundor",
                        "Granska föreningar",
                        "Arbetsgivare att granska",
                        "Mentorskap: uppföljning",
                        "Nytt näringslivsupprop",
                        "Utgående e-post",
                        "Granskningskö",
                        "Spärrade skribenter",
                        "Bevakade ord",
                        "Moderationslogg",
                        "Konton och roller",
                        "Åtkomstlogg",
                        "Rapporterade hinder",
                        "Språk och översättningar",
                        "Uppföljning");
    }

    @Test
    void switchingToArabicTurnsThePageRightToLeftAndSetsHtmlLang() {
        UI.getCurrent().navigate("");
        LanguageSwitcher switcher = _get(LanguageSwitcher.class);
        assertThat(switcher.getListDataView().getItems()).containsExactly(Language.values());
        switcher.setValue(Language.ARABIC);

        UI ui = UI.getCurrent();
        assertThat(ui.getLocale().getLanguage()).isEqualTo("ar");
        assertThat(ui.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(ui.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(_get(H1.class).getText()).as("the page is rebuilt in Arabic").isEqualTo("أهلًا بك في Brobygge");

        // the next page is built in Arabic
        ui.navigate("accessibility");
        assertThat(_get(H1.class).getText())
                .isEqualTo(ui.getTranslation("a11y.title"))
                .isNotEqualTo("Tillgänglighetsredogörelse");
    }

    @Test
    void switchingBackToSwedishTurnsThePageLeftToRight() {
        UI.getCurrent().navigate("");
        _get(LanguageSwitcher.class).setValue(Language.ARABIC);
        _get(LanguageSwitcher.class).setValue(Language.SWEDISH);
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(UI.getCurrent().getElement().getAttribute("lang")).isEqualTo("sv");
    }

    private static List<String> navigation() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
