package se.brobygge.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish organisation numbers (organisationsnummer) of legal entities, for associations and
 * employers alike: ten digits written NNNNNN-NNNN, the last one a Luhn check digit, the third at
 * least 2 (which tells them apart from personal identity numbers, whose third digit is a month's
 * first digit, 0 or 1). The twelve-digit form with the prefix 16 is accepted too.
 */
public final class OrganisationNumber {

    private static final Pattern FORMAT = Pattern.compile("^(?:16)?(\\d{6})[- ]?(\\d{4})$");

    private OrganisationNumber() {}

    /** The number as NNNNNN-NNNN when it is a valid organisation number, written with or without the hyphen. */
    public static Optional<String> normalise(String input) {
        Matcher m = FORMAT.matcher(input.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1) + m.group(2);
        if (digits.charAt(2) < '2' || !luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "-" + m.group(2));
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /** The Luhn (mod 10) check over all digits, doubling every second digit from the left. */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
