package se.brobygge.events;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives when signing up.
 *
 * @param group   the group whose kept seats the person may use (see {@link SeatQuota}), or null
 * @param answers answers to the event's questions, in their order (blank when skipped)
 * @param adults   adults coming along with the person (each takes a seat)
 * @param children children coming along with the person (each takes a seat)
 */
public record SignUpRequest(@Nullable String group, List<String> answers, int adults, int children) {

    public static final SignUpRequest PLAIN = new SignUpRequest(null, List.of());

    public SignUpRequest {
        answers = List.copyOf(answers);
    }

    /** Alone: no companions. */
    public SignUpRequest(@Nullable String group, List<String> answers) {
        this(group, answers, 0, 0);
    }
}
