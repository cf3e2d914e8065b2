package se.brobygge.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.mentoring.internal.FirstName;
import se.brobygge.mentoring.internal.MeetingEntity;
import se.brobygge.mentoring.internal.MeetingRepository;
import se.brobygge.mentoring.internal.MentorshipEntity;
import se.brobygge.mentoring.internal.MentorshipRepository;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentSubmitted;

/**
 * A mentorship's meeting log: the two people in it add lines and read it; staff coordinators read
 * it too, and every such look is in the staff-access audit.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MeetingLogService {

    private final MentorshipRepository mentorships;
    private final MeetingRepository meetings;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final AccessAudit audit;

    MeetingLogService(
            MentorshipRepository mentorships,
            MeetingRepository meetings,
            CurrentUser currentUser,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            Clock clock,
            AccessAudit audit) {
        this.mentorships = mentorships;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.publisher = publisher;
        this.clock = clock;
        this.audit = audit;
    }

    /** Adds a line to the meeting log; either person may. */
    @Transactional
    public void logMeeting(long mentorshipId, @Nullable LocalDate date, int minutes, String what) {
        long me = currentUser.require().value();
        MentorshipEntity m = mentorships.mineOrDeny(mentorshipId, me);
        m.requireRunning();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), MentorshipEntity.ZONE);
        Instant startedAt = m.startedAt();
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("date", "mentoring.meeting.dateRequired"));
        } else if (date.isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("date", "mentoring.meeting.dateInFuture"));
        } else if (startedAt != null
                && date.isBefore(startedAt.atZone(MentorshipEntity.ZONE).toLocalDate())) {
            errors.add(new InvalidInputException.FieldError("date", "mentoring.meeting.dateBeforeStart"));
        }
        if (minutes < 5 || minutes > 24 * 60) {
            errors.add(new InvalidInputException.FieldError("minutes", "mentoring.meeting.minutesRange"));
        }
        String text = what == null ? "" : what.strip();
        if (text.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("what", "mentoring.meeting.whatRequired"));
        } else if (text.length() > 1000) {
            errors.add(new InvalidInputException.FieldError("what", "mentoring.error.tooLong"));
        }
        if (date == null || !errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MeetingEntity saved = meetings.save(new MeetingEntity(m.id(), me, date, minutes, text, clock.instant()));
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef("mentoring", "meeting", saved.id()), me, text, null, "/mentoring", clock.instant()));
    }

    /** The meeting log: for the two in the mentorship, and for staff (whose look is audited). */
    @Transactional
    public List<Meeting> meetings(long mentorshipId) {
        long me = currentUser.require().value();
        MentorshipEntity m = currentUser.hasRole("STAFF")
                ? mentorships.findById(mentorshipId).orElseThrow()
                : mentorships.mineOrDeny(mentorshipId, me);
        if (!m.involves(me)) {
            audit.record(new StaffAccess(
                    me, AccessKind.MENTORING_READ, m.menteeId(), "mentoring:meetings:" + mentorshipId, "/mentoring"));
        }
        Map<AccountId, String> names =
                recipients.displayNames(List.of(new AccountId(m.menteeId()), new AccountId(m.mentorId())));
        return meetings.of(m.id()).stream()
                .map(x -> new Meeting(
                        x.id(),
                        x.metOn(),
                        x.minutes(),
                        x.hidden() ? "" : x.what(),
                        FirstName.of(names.getOrDefault(new AccountId(x.authorId()), "")),
                        x.hidden()))
                .toList();
    }
}
