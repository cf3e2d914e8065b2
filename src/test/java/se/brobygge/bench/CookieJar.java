package se.brobygge.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One virtual user's cookies. Kept by hand rather than in a CookieManager per HttpClient, so that
 * hundreds of users share one HttpClient (one selector thread) and each user holds only a few
 * strings: the session-cost benchmark keeps thousands of them in the server's heap.
 */
final class CookieJar {

    private final Map<String, String> cookies;

    CookieJar() {
        this.cookies = new LinkedHashMap<>(4);
    }

    private CookieJar(Map<String, String> cookies) {
        this.cookies = new LinkedHashMap<>(cookies);
    }

    CookieJar copy() {
        return new CookieJar(cookies);
    }

    /** Remembers or forgets what the response sets; the app uses only host-wide, path "/" cookies. */
    synchronized void update(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
                if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
                    expired = true;
                }
            }
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    synchronized String header() {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    synchronized boolean isEmpty() {
        return cookies.isEmpty();
    }

    synchronized String get(String name) {
        return cookies.get(name);
    }
}
