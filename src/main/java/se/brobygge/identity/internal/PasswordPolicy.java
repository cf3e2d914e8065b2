package se.brobygge.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (see docs/decisions/0005): at least 10 characters, not one of the most
 * common passwords, and not built from the e-mail address. Length matters more than symbols, so a
 * long pass phrase of plain words is accepted.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password123",
            "lösenord",
            "losenord",
            "1234567890",
            "123456789",
            "12345678910",
            "qwertyuiop",
            "qwerty123",
            "sommar2024",
            "sommar2025",
            "sommar2026",
            "vinter2026",
            "iloveyou12",
            "abcdefghij",
            "sverige123",
            "brobygge123",
            "välkommen1",
            "valkommen1",
            "0123456789",
            "1111111111",
            "aaaaaaaaaa",
            "passw0rd12",
            "letmein123",
            "welcome123");

    /** A translation key describing what is wrong, or empty when the password is acceptable. */
    public Optional<String> problem(String password, String email) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("validation.password.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("validation.password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("validation.password.common");
        }
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (localPart.length() >= 4 && lower.contains(localPart.toLowerCase(Locale.ROOT))) {
            return Optional.of("validation.password.email");
        }
        return Optional.empty();
    }
}
