package se.brobygge.employers;

import java.util.Optional;

/**
 * Swedish organisation numbers (organisationsnummer): ten digits, NNNNNN-NNNN, the last a Luhn
 * check digit over the first nine, and the third digit at least 2 (which tells them from personal
 * identity numbers). Pure, so it is easy to test and to share.
 */
public final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** The number in its usual form NNNNNN-NNNN, or empty when it is not a valid organisation number. */
    public static Optional<String> normalise(String input) {
        String digits = input.strip().replace("-", "").replace(" ", "");
        if (digits.startsWith("16") && digits.length() == 12) {
            digits = digits.substring(2);
        }
        if (!digits.matches("\\d{10}") || digits.charAt(2) < '2' || !luhn(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    public static boolean valid(String input) {
        return normalise(input).isPresent();
    }

    static boolean luhn(String digits) {
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
