package se.brobygge.notifications.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.notifications.UnsubscribeService;
import se.brobygge.shared.InvalidInputException;

/**
 * The address in a mail's {@code List-Unsubscribe} header. A mail program POSTs to it
 * ("List-Unsubscribe=One-Click", RFC 8058) without cookies, so it is open and CSRF-free (see
 * {@link UnsubscribeSecurity}); the signed token is the only proof. A GET (a program that opens the
 * address in a browser) goes to the page with a button, so link scanners unsubscribe nobody.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/mail/unsubscribe";

    private final UnsubscribeService unsubscribe;

    UnsubscribeController(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @PostMapping(PATH)
    ResponseEntity<String> oneClick(@RequestParam(name = "token", required = false) String token) {
        try {
            unsubscribe.unsubscribe(token == null ? "" : token);
            return ResponseEntity.ok("unsubscribed\n");
        } catch (InvalidInputException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("invalid token\n");
        }
    }

    @GetMapping(PATH)
    ResponseEntity<Void> page(@RequestParam(name = "token", required = false) String token) {
        String location = UriComponentsBuilder.fromPath("/unsubscribe")
                .queryParam("token", token == null ? "" : token)
                .build()
                .toUriString();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", location)
                .build();
    }
}
