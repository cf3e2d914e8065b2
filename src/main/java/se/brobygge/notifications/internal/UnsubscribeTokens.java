package se.brobygge.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.identity.AccountId;
import se.brobygge.notifications.NotificationService;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.Secrets;
import se.brobygge.shared.notify.NotificationKind;

/**
 * Signed unsubscribe tokens: {@code <account>.<KIND or ALL>.<HMAC-SHA256>}. Nothing is stored
 * per mail; the key is made once per installation ({@link Secrets#newUrlToken()}) and kept in the
 * database, so every node checks every token.
 */
@Component
public class UnsubscribeTokens {

    static final String ALL = "ALL";
    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,18})\\.([A-Z_]{2,32})\\.([A-Za-z0-9_-]{43})$");

    /** Who and which kinds a valid token speaks for. */
    public record Scope(AccountId account, List<NotificationKind> kinds) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(JdbcClient jdbc, Clock clock, BrobyggeProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    /** For one kind; {@code null} kind means every kind a person can choose for (digests). */
    public String token(long accountId, @Nullable NotificationKind kind) {
        String payload = accountId + "." + (kind == null ? ALL : kind.name());
        return payload + "." + sign(payload);
    }

    /** The page a person opens from the link in the mail. */
    String pageUrl(long accountId, @Nullable NotificationKind kind) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path("/unsubscribe")
                .queryParam("token", token(accountId, kind))
                .build()
                .toUriString();
    }

    /** The address for the List-Unsubscribe header (RFC 8058: POST here unsubscribes at once). */
    String oneClickUrl(long accountId, @Nullable NotificationKind kind) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path(UnsubscribeController.PATH)
                .queryParam("token", token(accountId, kind))
                .build()
                .toUriString();
    }

    public Optional<Scope> verify(@Nullable String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(token.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String payload = m.group(1) + "." + m.group(2);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        List<NotificationKind> kinds;
        if (ALL.equals(m.group(2))) {
            kinds = NotificationService.CONFIGURABLE;
        } else {
            try {
                NotificationKind kind = NotificationKind.valueOf(m.group(2));
                if (kind.alwaysMailed()) {
                    return Optional.empty();
                }
                kinds = List.of(kind);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Scope(new AccountId(Long.parseLong(m.group(1))), kinds));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(("unsubscribe:" + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            // the first node to need the key makes it; the others read the same row
            jdbc.sql("INSERT IGNORE INTO notifications_secret (name, secret, created_at) VALUES ('unsubscribe', ?, ?)")
                    .params(Secrets.newUrlToken(), NotificationStore.ts(clock.instant()))
                    .update();
            // a locking read sees the row another node committed after this transaction's snapshot began
            String secret = jdbc.sql(
                            "SELECT secret FROM notifications_secret WHERE name = 'unsubscribe' LOCK IN SHARE MODE")
                    .query(String.class)
                    .single();
            current = secret.getBytes(StandardCharsets.US_ASCII);
            key = current;
        }
        return current;
    }
}
