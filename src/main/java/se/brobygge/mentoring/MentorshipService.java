package se.brobygge.mentoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.mentoring.internal.CheckInRepository;
import se.brobygge.mentoring.internal.FirstName;
import se.brobygge.mentoring.internal.MentorshipEntity;
import se.brobygge.mentoring.internal.MentorshipRepository;
import se.brobygge.mentoring.internal.ProfileEntity;
import se.brobygge.mentoring.internal.ProfileRepository;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Mentorships from invitation to closing, for the two people in them: every method checks that
 * the signed-in person is one of the two. The meeting log is {@link MeetingLogService}'s, the
 * check-ins {@link MentorshipCheckInService}'s, the coordinator's overview {@link FollowUpService}'s.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MentorshipService {

    private final MentorshipRepository mentorships;
    private final CheckInRepository checkIns;
    private final ProfileRepository profiles;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MentorshipService(
            MentorshipRepository mentorships,
            CheckInRepository checkIns,
            ProfileRepository profiles,
            CurrentUser currentUser,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.mentorships = mentorships;
        this.checkIns = checkIns;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** My invitations and mentorships, newest first. */
    @Transactional(readOnly = true)
    public List<MentorshipView> mine() {
        long me = currentUser.require().value();
        List<MentorshipEntity> found = mentorships.of(me);
        Map<AccountId, String> names = recipients.displayNames(
                found.stream().map(m -> new AccountId(m.partnerOf(me))).toList());
        return found.stream()
                .map(m -> view(m, me, names.getOrDefault(new AccountId(m.partnerOf(me)), "")))
                .toList();
    }

    private MentorshipView view(MentorshipEntity m, long me, String partnerName) {
        boolean mentee = m.menteeId() == me;
        MentorshipView.CheckIn open = null;
        if (m.status() == MentorshipStatus.ACTIVE || m.status() == MentorshipStatus.PAUSED) {
            open = checkIns.of(m.id()).stream()
                    .filter(c -> !c.answeredBy(mentee))
                    .map(c -> new MentorshipView.CheckIn(c.id(), c.month(), c.createdAt()))
                    .findFirst()
                    .orElse(null);
        }
        long partner = m.partnerOf(me);
        return new MentorshipView(
                m.id(),
                mentee,
                new AccountId(partner),
                FirstName.of(partnerName),
                m.status(),
                m.acceptedBy(me),
                m.acceptedBy(partner),
                m.sharedLanguages(),
                m.sharedInterests(),
                m.invitedAt(),
                m.expiresAt(),
                m.startedAt(),
                m.endsAt(),
                m.plannedMonths(),
                open,
                m.feedbackGivenBy(me));
    }

    /**
     * Accepts my invitation; when both have accepted, the mentorship starts.
     *
     * @throws InvalidInputException "invitation" with "mentoring.invitation.expired" or ".closed"
     */
    @Transactional
    public MentorshipStatus accept(long mentorshipId) {
        long me = currentUser.require().value();
        MentorshipEntity m = mentorships.mineOrDeny(mentorshipId, me);
        if (m.accept(me, clock.instant())) {
            for (long person : List.of(m.menteeId(), m.mentorId())) {
                publisher.publishEvent(new NotificationRequested(
                        person,
                        NotificationKind.MENTORING,
                        "mentoring-started-" + m.id() + "-" + person,
                        "mentoring.notify.started.subject",
                        "mentoring.notify.started.body",
                        List.of(),
                        m.startedAt(),
                        "/mentoring"));
            }
        }
        mentorships.saveChecked(m);
        return m.status();
    }

    /** Declines my invitation with an optional reason; both people go back to the pool. */
    @Transactional
    public void decline(long mentorshipId, @Nullable String reason) {
        long me = currentUser.require().value();
        MentorshipEntity m = mentorships.mineOrDeny(mentorshipId, me);
        m.decline(me, reason, clock.instant());
        mentorships.saveChecked(m);
        long partner = m.partnerOf(me);
        publisher.publishEvent(new NotificationRequested(
                partner,
                NotificationKind.MENTORING,
                "mentoring-declined-" + m.id() + "-" + partner,
                "mentoring.notify.declined.subject",
                "mentoring.notify.declined.body",
                List.of(),
                null,
                "/mentoring"));
        publisher.publishEvent(new NotificationRequested(
                m.coordinatorId(),
                NotificationKind.MENTORING,
                "mentoring-declined-" + m.id() + "-" + m.coordinatorId(),
                "mentoring.notify.declinedStaff.subject",
                "mentoring.notify.declinedStaff.body",
                List.of(Objects.requireNonNullElse(m.declineReason(), "")),
                null,
                "/staff/mentoring"));
    }

    /** The partner's profile (the parts meant for them), once both have accepted. */
    @Transactional(readOnly = true)
    public PartnerProfile partner(long mentorshipId) {
        long me = currentUser.require().value();
        MentorshipEntity m = mentorships.mineOrDeny(mentorshipId, me);
        if (m.status() == MentorshipStatus.INVITED
                || m.status() == MentorshipStatus.DECLINED
                || m.status() == MentorshipStatus.EXPIRED) {
            throw new AccessDeniedException("Not accepted by both");
        }
        AccountId partner = new AccountId(m.partnerOf(me));
        ProfileEntity p = profiles.findById(partner.value()).orElseThrow();
        ProfileDraft d = p.toDraft();
        String name = recipients.displayNames(List.of(partner)).getOrDefault(partner, "");
        return new PartnerProfile(
                partner,
                name,
                d.languages(),
                d.occupation(),
                d.interests(),
                d.freeTags(),
                d.area(),
                d.times(),
                d.modes(),
                p.goalsHidden() ? "" : d.goals());
    }

    /** Pauses a running mentorship (illness, travel); check-ins wait meanwhile. */
    @Transactional
    public void pause(long mentorshipId, String reason) {
        MentorshipEntity m =
                mentorships.mineOrDeny(mentorshipId, currentUser.require().value());
        m.pause(reason);
        mentorships.saveChecked(m);
        notifyPartnerAndCoordinator(m, "paused");
    }

    @Transactional
    public void resume(long mentorshipId) {
        MentorshipEntity m =
                mentorships.mineOrDeny(mentorshipId, currentUser.require().value());
        m.resume();
        mentorships.saveChecked(m);
    }

    /** Ends the mentorship before its planned end, with a reason the coordinator sees. */
    @Transactional
    public void endEarly(long mentorshipId, String reason) {
        MentorshipEntity m =
                mentorships.mineOrDeny(mentorshipId, currentUser.require().value());
        m.endEarly(reason, clock.instant());
        mentorships.saveChecked(m);
        notifyPartnerAndCoordinator(m, "ended");
    }

    /**
     * My closing feedback. The mentorship closes when it was running (or ended early) and both have given theirs.
     */
    @Transactional
    public void giveFeedback(long mentorshipId, String feedback) {
        long me = currentUser.require().value();
        MentorshipEntity m = mentorships.mineOrDeny(mentorshipId, me);
        m.giveFeedback(me, feedback, clock.instant());
        mentorships.saveChecked(m);
    }

    private void notifyPartnerAndCoordinator(MentorshipEntity m, String what) {
        long me = currentUser.require().value();
        long partner = m.partnerOf(me);
        List<String> reason = List.of(Objects.requireNonNullElse(m.endReason(), ""));
        publisher.publishEvent(new NotificationRequested(
                partner,
                NotificationKind.MENTORING,
                "mentoring-" + what + "-" + m.id() + "-" + m.version(),
                "mentoring.notify." + what + ".subject",
                "mentoring.notify." + what + ".body",
                reason,
                null,
                "/mentoring"));
        publisher.publishEvent(new NotificationRequested(
                m.coordinatorId(),
                NotificationKind.MENTORING,
                "mentoring-" + what + "-staff-" + m.id() + "-" + m.version(),
                "mentoring.notify." + what + ".subject",
                "mentoring.notify." + what + ".body",
                reason,
                null,
                "/staff/mentoring"));
    }
}
