package se.brobygge.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a person goes back to after signing in, registering or verifying their address: a path on
 * this site only, never another site ({@code //elsewhere}, {@code https:}, backslashes), never a
 * page of the sign-in journey itself. It travels as the {@value #PARAMETER} query parameter.
 */
public final class ReturnPath {

    public static final String PARAMETER = "next";
    private static final int MAX_LENGTH = 512;
    /** Pages that would send the person round in a circle after signing in. */
    private static final Set<String> JOURNEY = Set.of(
            "login", "register", "verify-email", "forgot-password", "reset-password", "logout", "account-deleted");

    private ReturnPath() {}

    /** The path, when it is a safe same-site path to return to. */
    public static Optional<String> parse(@Nullable String candidate) {
        if (candidate == null
                || candidate.isEmpty()
                || candidate.length() > MAX_LENGTH
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.indexOf('\\') >= 0
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() != null
                || uri.getRawAuthority() != null
                || uri.getRawFragment() != null
                || uri.getRawPath() == null
                || !uri.getRawPath().startsWith("/")) {
            return Optional.empty();
        }
        String first = uri.getPath().substring(1).split("/", 2)[0];
        if (JOURNEY.contains(first)
                || first.equals(".")
                || first.equals("..")
                || uri.getPath().contains("/../")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** A relative link to a page of the sign-in journey that comes back to {@code returnPath}. */
    public static String link(String page, Optional<String> returnPath) {
        return returnPath
                .map(path -> page + "?" + PARAMETER + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                .orElse(page);
    }
}
