package se.brobygge.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour of the municipality's theme, written {@code #rrggbb}, with the WCAG 2.1 contrast
 * arithmetic that decides whether text in it (or white text on it) can be read.
 */
public record ThemeColour(int red, int green, int blue) {

    /** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
    public static final double AA_TEXT = 4.5;

    public static final ThemeColour WHITE = new ThemeColour(255, 255, 255);

    private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}|#?[0-9a-fA-F]{3}");

    public ThemeColour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels are 0-255");
        }
    }

    /** {@code #rrggbb} or {@code #rgb}; anything else is refused. */
    public static ThemeColour parse(String hex) {
        String value = hex.strip();
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("not a colour of the form #rrggbb: '" + hex + "'");
        }
        String digits = value.startsWith("#") ? value.substring(1) : value;
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        int rgb = Integer.parseInt(digits, 16);
        return new ThemeColour((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The colour as CSS {@code rgba(...)} with the given opacity. */
    public String rgba(double alpha) {
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.2f)", red, green, blue, alpha);
    }

    /** Relative luminance (WCAG 2.1). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** Contrast ratio with another colour, 1 to 21 (WCAG 2.1). */
    public double contrastWith(ThemeColour other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    /** This colour at the given opacity over white, as the eye sees a tint of it on a white page. */
    public ThemeColour overWhite(double alpha) {
        return new ThemeColour(blend(red, 255, alpha), blend(green, 255, alpha), blend(blue, 255, alpha));
    }

    /** This colour mixed with the given share of black. */
    public ThemeColour darker(double share) {
        return new ThemeColour(blend(0, red, share), blend(0, green, share), blend(0, blue, share));
    }

    /**
     * The lightest shade of this colour (mixed with black) whose contrast with {@code background}
     * reaches {@code ratio}: the colour itself when it already does.
     */
    public ThemeColour readableOn(ThemeColour background, double ratio) {
        ThemeColour shade = this;
        for (int step = 1; shade.contrastWith(background) < ratio && step <= 20; step++) {
            shade = darker(step * 0.05);
        }
        return shade;
    }

    private static int blend(int colour, int base, double alpha) {
        return (int) Math.round(colour * alpha + base * (1 - alpha));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
