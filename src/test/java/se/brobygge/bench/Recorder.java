package se.brobygge.bench;

/** Receives the duration of every request the load client makes, by kind (page, init, click, …). */
@FunctionalInterface
interface Recorder {

    Recorder NONE = (kind, nanos, ok) -> {};

    void record(String kind, long nanos, boolean ok);
}
