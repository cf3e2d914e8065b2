package se.brobygge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The municipality's colour: WCAG contrast arithmetic, and a colour too light is refused at start. */
class ThemeColourTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BrobyggeProperties.class)
    static class PropertiesOnly {}

    private final ApplicationContextRunner start =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void contrastIsWcagsRatio() {
        assertThat(ThemeColour.parse("#000").contrastWith(ThemeColour.WHITE)).isCloseTo(21.0, within(0.01));
        // the lightest grey that passes AA on white, as WCAG's examples have it
        assertThat(ThemeColour.parse("#767676").contrastWith(ThemeColour.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(ThemeColour.parse("#777777").contrastWith(ThemeColour.WHITE)).isLessThan(4.5);
        assertThat(ThemeColour.parse("1A5E20").hex()).isEqualTo("#1a5e20");
    }

    @Test
    void aReadableShadeReachesTheRatioAndKeepsADarkEnoughColour() {
        ThemeColour yellow = ThemeColour.parse("#ffcc00");
        ThemeColour shade = yellow.readableOn(ThemeColour.WHITE, ThemeColour.AA_TEXT);
        assertThat(shade.contrastWith(ThemeColour.WHITE)).isGreaterThanOrEqualTo(4.5);
        ThemeColour green = ThemeColour.parse("#1a5e20");
        assertThat(green.readableOn(ThemeColour.WHITE, 4.5)).isEqualTo(green);
    }

    @Test
    void theDefaultThemeStarts() {
        start.run(context -> {
            assertThat(context).hasNotFailed();
            BrobyggeProperties.Municipality municipality =
                    context.getBean(BrobyggeProperties.class).municipality();
            assertThat(municipality.primary().hex()).isEqualTo("#006af5");
            assertThat(municipality.logo()).endsWith("brobygge.svg");
        });
    }

    @Test
    void aConfiguredColourWithEnoughContrastIsTaken() {
        start.withPropertyValues("brobygge.municipality.primary-color=#1a5e20")
                .run(context -> assertThat(context.getBean(BrobyggeProperties.class)
                                .municipality()
                                .primary()
                                .hex())
                        .isEqualTo("#1a5e20"));
    }

    @Test
    void aColourThatWhiteTextCannotBeReadOnStopsTheStartWithAnAdvice() {
        start.withPropertyValues("brobygge.municipality.primary-color=#ffcc00").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessageContaining("#ffcc00")
                    .hasMessageContaining("4.5:1")
                    .hasMessageContaining("e.g. #");
        });
    }

    @Test
    void somethingThatIsNoColourOrNoImageIsRefused() {
        assertThatThrownBy(() -> municipality("blue", BrobyggeProperties.Municipality.DEFAULT_LOGO))
                .hasMessageContaining("primary-color");
        assertThatThrownBy(() -> municipality("#1a5e20", "file:/etc/logo.gif")).hasMessageContaining(".svg or .png");
    }

    private static BrobyggeProperties.Municipality municipality(String colour, String logo) {
        return new BrobyggeProperties.Municipality(
                "Ekdala kommun", ZoneId.of("Europe/Stockholm"), List.of(), "a@b.example", colour, logo);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
