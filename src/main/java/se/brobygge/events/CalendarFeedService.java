package se.brobygge.events;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.events.internal.FeedTokenEntity;
import se.brobygge.events.internal.FeedTokenRepository;
import se.brobygge.events.internal.FeedTokens;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.BrobyggeProperties;

/**
 * The signed-in person's personal calendar address: a feed of their sign-ups behind an
 * unguessable secret. Only the SHA-256 hash of the secret is stored, so the address is shown
 * once, when it is made; making a new one stops the old one at once.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CalendarFeedService {

    private final FeedTokenRepository tokens;
    private final FeedTokens secrets;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeedService(
            FeedTokenRepository tokens,
            FeedTokens secrets,
            CurrentUser currentUser,
            Clock clock,
            BrobyggeProperties properties) {
        this.tokens = tokens;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    /**
     * Makes my calendar address on first use and returns it. Empty when I already have one: only
     * its hash is kept, so it cannot be shown again ({@link #regenerate()} makes a new one).
     */
    @Transactional
    public Optional<String> myFeedUrl() {
        AccountId me = currentUser.require();
        if (tokens.findByAccount(me.value()).isPresent()) {
            return Optional.empty();
        }
        String token = secrets.next();
        tokens.saveAndFlush(new FeedTokenEntity(me.value(), FeedTokens.hash(token), clock.instant()));
        return Optional.of(url(token));
    }

    /** A new calendar address; the old one stops working at once. */
    @Transactional
    public String regenerate() {
        AccountId me = currentUser.require();
        String token = secrets.next();
        String hash = FeedTokens.hash(token);
        tokens.findByAccount(me.value())
                .ifPresentOrElse(
                        t -> t.replace(hash, clock.instant()),
                        () -> tokens.save(new FeedTokenEntity(me.value(), hash, clock.instant())));
        tokens.flush();
        return url(token);
    }

    private String url(String token) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path("/ics/me/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
    }
}
