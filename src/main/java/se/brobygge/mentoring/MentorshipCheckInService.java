package se.brobygge.mentoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.CurrentUser;
import se.brobygge.mentoring.internal.CheckInEntity;
import se.brobygge.mentoring.internal.CheckInRepository;
import se.brobygge.mentoring.internal.MentorshipEntity;
import se.brobygge.mentoring.internal.MentorshipRepository;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/** The two people's answers to a mentorship's check-ins at 1, 3 and 6 months. */
@Service
@PreAuthorize("isAuthenticated()")
public class MentorshipCheckInService {

    /** Check-in answers at or below this alert the coordinator. */
    public static final int ALERT_AT_OR_BELOW = 2;

    private final CheckInRepository checkIns;
    private final MentorshipRepository mentorships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MentorshipCheckInService(
            CheckInRepository checkIns,
            MentorshipRepository mentorships,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.checkIns = checkIns;
        this.mentorships = mentorships;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * My answer to a check-in: 1 (bad) to 5 (very good) and a comment. A low score alerts the coordinator.
     */
    @Transactional
    public void answerCheckIn(long checkInId, int score, @Nullable String comment) {
        long me = currentUser.require().value();
        CheckInEntity c = checkIns.findById(checkInId)
                .orElseThrow(() -> new InvalidInputException("checkIn", "mentoring.checkin.unknown"));
        MentorshipEntity m = mentorships.mineOrDeny(c.mentorshipId(), me);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (score < 1 || score > 5) {
            errors.add(new InvalidInputException.FieldError("score", "mentoring.checkin.scoreRange"));
        }
        if (comment != null && comment.strip().length() > 1000) {
            errors.add(new InvalidInputException.FieldError("comment", "mentoring.error.tooLong"));
        }
        boolean mentee = m.menteeId() == me;
        if (c.answeredBy(mentee)) {
            errors.add(new InvalidInputException.FieldError("checkIn", "mentoring.checkin.alreadyAnswered"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (c.answer(mentee, score, comment, clock.instant(), ALERT_AT_OR_BELOW)) {
            publisher.publishEvent(new NotificationRequested(
                    m.coordinatorId(),
                    NotificationKind.MENTORING,
                    "mentoring-alert-" + c.id(),
                    "mentoring.notify.alert.subject",
                    "mentoring.notify.alert.body",
                    List.of(String.valueOf(c.month()), String.valueOf(score)),
                    null,
                    "/staff/mentoring"));
        }
        checkIns.save(c);
    }
}
