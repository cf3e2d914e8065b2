package se.brobygge.bench;

/**
 * The load client could not make sense of a response: the benchmark machinery is broken (or Flow
 * changed its protocol), so the run must fail rather than report figures.
 */
final class ProtocolException extends RuntimeException {

    ProtocolException(String message) {
        super(message);
    }

    ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
