package se.brobygge.bench;

/**
 * The application answered, but not as a working application would: an HTTP error, an error in
 * the UIDL meta data, a timeout or a missing element. Counted as an error under load.
 */
final class AppException extends RuntimeException {

    AppException(String message) {
        super(message);
    }

    AppException(String message, Throwable cause) {
        super(message, cause);
    }
}
