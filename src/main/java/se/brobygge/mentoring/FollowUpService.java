package se.brobygge.mentoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.internal.CheckInEntity;
import se.brobygge.mentoring.internal.CheckInRepository;
import se.brobygge.mentoring.internal.MeetingRepository;
import se.brobygge.mentoring.internal.MentorshipEntity;
import se.brobygge.mentoring.internal.MentorshipRepository;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;

/** The staff coordinator's follow-up of running mentorships; every look is in the staff-access audit. */
@Service
@PreAuthorize(Roles.HAS_STAFF)
public class FollowUpService {

    /** A check-in not answered by both after this long is overdue. */
    static final Duration CHECK_IN_OVERDUE = Duration.ofDays(14);

    static final Duration ENDING_SOON = Duration.ofDays(30);

    private final MentorshipRepository mentorships;
    private final MeetingRepository meetings;
    private final CheckInRepository checkIns;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final Clock clock;
    private final AccessAudit audit;

    FollowUpService(
            MentorshipRepository mentorships,
            MeetingRepository meetings,
            CheckInRepository checkIns,
            CurrentUser currentUser,
            Recipients recipients,
            Clock clock,
            AccessAudit audit) {
        this.mentorships = mentorships;
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.clock = clock;
        this.audit = audit;
    }

    /** The coordinator's follow-up lists. */
    @Transactional
    public CoordinatorOverview overview() {
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.MENTORING_READ,
                null,
                "mentoring:follow-up",
                "/staff/mentoring"));
        Instant now = clock.instant();
        List<MentorshipEntity> running = mentorships.withStatus(
                List.of(MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED, MentorshipStatus.INVITED));
        List<CheckInEntity> overdue = checkIns.unansweredSince(now.minus(CHECK_IN_OVERDUE));
        List<CheckInEntity> alerts = checkIns.alerts();
        List<MentorshipEntity> involved = new ArrayList<>(running);
        List<CheckInEntity> rows = new ArrayList<>(overdue);
        rows.addAll(alerts);
        for (CheckInEntity c : rows) {
            if (involved.stream().noneMatch(m -> m.id() == c.mentorshipId())) {
                mentorships.findById(c.mentorshipId()).ifPresent(involved::add);
            }
        }
        Set<AccountId> ids = new HashSet<>();
        involved.forEach(m -> {
            ids.add(new AccountId(m.menteeId()));
            ids.add(new AccountId(m.mentorId()));
        });
        Names names = new Names(recipients.displayNames(ids));
        List<MentorshipEntity> active = running.stream()
                .filter(m -> m.status() != MentorshipStatus.INVITED)
                .toList();
        return new CoordinatorOverview(
                active.stream().map(m -> pair(m, names)).toList(),
                overdue.stream()
                        .filter(c -> involved.stream()
                                .anyMatch(m -> m.id() == c.mentorshipId() && m.status() == MentorshipStatus.ACTIVE))
                        .map(c -> row(c, involved, names))
                        .toList(),
                alerts.stream().map(c -> row(c, involved, names)).toList(),
                active.stream()
                        .filter(m -> m.status() == MentorshipStatus.ACTIVE
                                && m.endsAt() != null
                                && m.endsAt().isBefore(now.plus(ENDING_SOON)))
                        .sorted(Comparator.comparing(m -> Objects.requireNonNull(m.endsAt())))
                        .map(m -> pair(m, names))
                        .toList(),
                running.stream()
                        .filter(m -> m.status() == MentorshipStatus.INVITED)
                        .map(m -> pair(m, names))
                        .toList());
    }

    private record Names(Map<AccountId, String> byId) {
        String of(long accountId) {
            return byId.getOrDefault(new AccountId(accountId), "?");
        }
    }

    private CoordinatorOverview.Pair pair(MentorshipEntity m, Names names) {
        return new CoordinatorOverview.Pair(
                m.id(),
                names.of(m.menteeId()),
                names.of(m.mentorId()),
                m.status(),
                m.startedAt(),
                m.endsAt(),
                meetings.of(m.id()).size());
    }

    private static CoordinatorOverview.CheckInRow row(CheckInEntity c, List<MentorshipEntity> involved, Names names) {
        MentorshipEntity m = involved.stream()
                .filter(x -> x.id() == c.mentorshipId())
                .findFirst()
                .orElseThrow();
        return new CoordinatorOverview.CheckInRow(
                m.id(),
                names.of(m.menteeId()),
                names.of(m.mentorId()),
                c.month(),
                c.createdAt(),
                c.menteeScore(),
                c.menteeComment(),
                c.mentorScore(),
                c.mentorComment());
    }
}
