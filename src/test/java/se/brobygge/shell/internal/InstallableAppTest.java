package se.brobygge.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.ThemeColour;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;

/** What every page's head and the offline page carry of the municipality's theme. */
class InstallableAppTest {

    @Test
    void aConfiguredColourIsAppliedToLumoOnTheHtmlElementAndTheBrowsersTitleBar() {
        Document page = page(municipality("#1a5e20", BrobyggeProperties.Municipality.DEFAULT_LOGO));

        String style = page.child(0).attr("style");
        assertThat(style)
                .contains("--lumo-primary-color: #1a5e20;")
                .contains("--lumo-primary-color-10pct: rgba(26, 94, 32, 0.10);")
                .contains("--lumo-primary-contrast-color: #ffffff;");
        assertThat(page.head().selectFirst("meta[name=theme-color]").attr("content"))
                .isEqualTo("#1a5e20");
        assertThat(page.head().selectFirst("link[rel=manifest]").attr("href")).isEqualTo("manifest.webmanifest");
        assertThat(page.head().selectFirst("script[src=pwa.js]")).isNotNull();
        assertThat(page.head().selectFirst("link[rel=icon]").attr("href")).isEqualTo("icons/brobygge.svg");
    }

    @Test
    void primaryTextStaysReadableOnTheColoursOwnLightTint() {
        // this blue reaches 4.5:1 on white but not on its own 10 % tint (a selected menu item)
        ThemeColour primary = ThemeColour.parse("#0b6fc4");
        assertThat(primary.contrastWith(ThemeColour.WHITE)).isGreaterThanOrEqualTo(ThemeColour.AA_TEXT);
        assertThat(primary.contrastWith(primary.overWhite(InstallableApp.TINT))).isLessThan(ThemeColour.AA_TEXT);
        String style = InstallableApp.themeProperties(primary);
        String text = style.replaceAll(".*--lumo-primary-text-color: (#[0-9a-f]{6});.*", "$1");
        assertThat(ThemeColour.parse(text).contrastWith(primary.overWhite(InstallableApp.TINT)))
                .isGreaterThanOrEqualTo(ThemeColour.AA_TEXT);
    }

    @Test
    void theDefaultThemeIsLumosOwn() {
        Document page = page(municipality(
                BrobyggeProperties.Municipality.DEFAULT_PRIMARY_COLOR, BrobyggeProperties.Municipality.DEFAULT_LOGO));
        assertThat(page.child(0).hasAttr("style")).isFalse();
        assertThat(page.head().selectFirst("meta[name=theme-color]").attr("content"))
                .isEqualTo("#006af5");
    }

    @Test
    void aConfiguredLogoBecomesThePagesIcon() {
        Document page = page(municipality("#1a5e20", "file:/srv/brobygge/ekdala.png"));
        assertThat(page.head().selectFirst("link[rel=icon]").attr("href")).isEqualTo("icons/municipality-logo.png");
        assertThat(page.head().selectFirst("link[rel=apple-touch-icon]").attr("href"))
                .isEqualTo("icons/municipality-logo.png");
    }

    @Test
    void theOfflinePageIsInTheLanguageAskedForWithItsDirectionAndTheMunicipalitysName() {
        BrobyggeProperties.Municipality municipality =
                municipality("#1a5e20", BrobyggeProperties.Municipality.DEFAULT_LOGO);
        InstallableAppController controller = new InstallableAppController(
                properties(municipality), new TranslationProvider(), new DefaultResourceLoader());

        Document arabic = Jsoup.parse(controller.offlineHtml(Language.ARABIC));
        assertThat(arabic.child(0).attr("lang")).isEqualTo("ar");
        assertThat(arabic.child(0).attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("h1").text()).isEqualTo("لا يوجد اتصال");
        assertThat(arabic.selectFirst("header").text()).contains("<Ekdala> kommun");
        assertThat(arabic.select("script")).isEmpty();

        Document swedish = Jsoup.parse(controller.offlineHtml(Language.SWEDISH));
        assertThat(swedish.child(0).attr("dir")).isEqualTo("ltr");
        assertThat(swedish.selectFirst("h1").text()).isEqualTo("Ingen anslutning");
        assertThat(swedish.selectFirst("a").text()).isEqualTo("Försök igen");
        assertThat(swedish.html()).doesNotContain("<Ekdala>");
    }

    private static Document page(BrobyggeProperties.Municipality municipality) {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        new InstallableApp(properties(municipality)).addTo(page);
        return page;
    }

    private static BrobyggeProperties.Municipality municipality(String colour, String logo) {
        return new BrobyggeProperties.Municipality(
                "<Ekdala> kommun", ZoneId.of("Europe/Stockholm"), List.of(), "a@b.example", colour, logo);
    }

    private static BrobyggeProperties properties(BrobyggeProperties.Municipality municipality) {
        return new BrobyggeProperties("http://localhost:8080", municipality, null, null, null, null, null);
    }
}
