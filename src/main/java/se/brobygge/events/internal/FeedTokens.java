package se.brobygge.events.internal;

import org.springframework.stereotype.Component;
import se.brobygge.shared.Secrets;

/** Secrets for personal calendar addresses: 32 random bytes, URL-safe; stored only as SHA-256. */
@Component
public class FeedTokens {

    public String next() {
        return Secrets.newUrlToken();
    }

    public static String hash(String token) {
        return Secrets.sha256Hex(token);
    }
}
