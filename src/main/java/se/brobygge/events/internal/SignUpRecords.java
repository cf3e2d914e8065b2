package se.brobygge.events.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import se.brobygge.events.Attendee;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;

/** Sign-ups as the API gives them: to the person who signed up, and on the organiser's list. */
@Component
public class SignUpRecords {

    private final SignUpRepository signUps;
    private final Recipients recipients;

    SignUpRecords(SignUpRepository signUps, Recipients recipients) {
        this.signUps = signUps;
        this.recipients = recipients;
    }

    /** The sign-up as its person sees it, with the place in line while waiting. */
    public MySignUp toMine(EventEntity event, SignUpEntity signUp) {
        Integer position = signUp.status() == SignUpStatus.WAITING
                ? (int) signUps.positionInLine(event.id().value(), signUp.createdAt(), signUp.id())
                : null;
        return new MySignUp(
                event.toSummary(), signUp.status(), signUp.code(), position, signUp.adults(), signUp.children());
    }

    public Attendee toAttendee(SignUpEntity s) {
        return toAttendee(
                s,
                recipients
                        .of(new AccountId(s.accountId()))
                        .map(Recipients.Recipient::displayName)
                        .orElse("?"));
    }

    /** The sign-ups with their people's names, read at once. */
    public List<Attendee> withNames(List<SignUpEntity> list) {
        var names = recipients.displayNames(
                list.stream().map(s -> new AccountId(s.accountId())).toList());
        return list.stream()
                .map(s -> toAttendee(s, names.getOrDefault(new AccountId(s.accountId()), "?")))
                .toList();
    }

    private static Attendee toAttendee(SignUpEntity s, String displayName) {
        return new Attendee(
                displayName,
                s.status(),
                s.code(),
                s.createdAt(),
                s.checkedInAt(),
                s.groupCode(),
                s.answers(),
                s.adults(),
                s.children());
    }
}
