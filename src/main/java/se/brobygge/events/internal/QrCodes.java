package se.brobygge.events.internal;

import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.shared.qr.QrCode;

/**
 * QR codes of sign-ups. The code holds the address of the event's check-in page with the
 * registration code, so an organiser's phone camera opens it and checks the person in.
 */
public final class QrCodes {

    private QrCodes() {}

    /** The check-in address a sign-up's QR code holds. */
    public static String checkInUrl(String baseUrl, long eventId, String code) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path("/events/" + eventId + "/check-in")
                .queryParam("code", code)
                .build()
                .toUriString();
    }

    /** An SVG image of the QR code, as a data address for an {@code <img>}. */
    public static String svgDataUrl(String text) {
        return QrCode.svgDataUrl(text);
    }

    static String svg(String text) {
        return QrCode.svg(text);
    }
}
