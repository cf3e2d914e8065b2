package se.brobygge.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.text.PlainText;

/**
 * What a person chooses when signing up to an event: a group with kept seats, answers, and the
 * companions coming along.
 */
public final class SignUpChoices {

    private SignUpChoices() {}

    /**
     * The group a sign-up asks for, stripped, or null for none.
     *
     * @throws InvalidInputException "group" when the event keeps no seats for that group
     */
    public static @Nullable String group(EventEntity event, @Nullable String requested) {
        String group = requested == null || requested.isBlank() ? null : requested.strip();
        if (group != null && event.quotas().stream().noneMatch(q -> q.group().equals(group))) {
            throw new InvalidInputException("group", "events.signup.unknownGroup");
        }
        return group;
    }

    /**
     * One answer per question of the event, as plain single lines; missing answers are empty.
     *
     * @throws InvalidInputException "answers" when an answer is too long
     */
    public static List<String> answers(EventEntity event, List<String> given) {
        List<String> questions = event.questions();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < given.size() ? PlainText.line(given.get(i)) : "";
            if (answer.length() > 500) {
                throw new InvalidInputException("answers", "events.signup.answerTooLong");
            }
            answers.add(answer);
        }
        return answers;
    }

    /**
     * Checks the companions against the event's limit.
     *
     * @throws InvalidInputException "companions" when negative or more than the event allows
     */
    public static void requireParty(EventEntity event, int adults, int children) {
        if (adults < 0 || children < 0 || adults + children > event.companionsMax()) {
            throw new InvalidInputException("companions", "events.validation.companions");
        }
    }
}
