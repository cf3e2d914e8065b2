package se.brobygge.mentoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.internal.Invitations;
import se.brobygge.mentoring.internal.ProposalEntity;
import se.brobygge.mentoring.internal.ProposalRepository;
import se.brobygge.mentoring.internal.RoundEntity;
import se.brobygge.mentoring.internal.RoundMemberEntity;
import se.brobygge.mentoring.internal.RoundMemberRepository;
import se.brobygge.mentoring.internal.RoundRepository;
import se.brobygge.mentoring.internal.RoundRunner;
import se.brobygge.mentoring.internal.UnmatchedEntity;
import se.brobygge.mentoring.internal.UnmatchedRepository;
import se.brobygge.shared.InvalidInputException;

/**
 * Matching rounds, for staff coordinators: choose mentees and mentors, let the solver propose
 * (in the background), adjust (reject, lock, exclude, run again), and confirm. Confirming is all
 * or nothing and happens once: of two coordinators confirming the same round, one wins and the
 * other gets "mentoring.round.alreadyConfirmed".
 */
@Service
@PreAuthorize(Roles.HAS_STAFF)
public class RoundService {

    /** How long an invitation can be answered. */
    static final Duration INVITATION_VALID = Duration.ofDays(14);

    private final RoundRepository rounds;
    private final RoundMemberRepository members;
    private final ProposalRepository proposals;
    private final UnmatchedRepository unmatched;
    private final ProfileService profileService;
    private final Invitations invitations;
    private final RoundRunner runner;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final Clock clock;

    RoundService(
            RoundRepository rounds,
            RoundMemberRepository members,
            ProposalRepository proposals,
            UnmatchedRepository unmatched,
            ProfileService profileService,
            Invitations invitations,
            RoundRunner runner,
            CurrentUser currentUser,
            Recipients recipients,
            Clock clock) {
        this.rounds = rounds;
        this.members = members;
        this.proposals = proposals;
        this.unmatched = unmatched;
        this.profileService = profileService;
        this.invitations = invitations;
        this.runner = runner;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * Creates a round for these people and starts computing it in the background.
     *
     * @throws InvalidInputException "name", "mentees", "mentors" when missing, or people not in the pool
     */
    @Transactional
    public RoundId start(String name, Collection<AccountId> menteeIds, Collection<AccountId> mentorIds) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("name", "mentoring.round.nameRequired"));
        } else if (trimmed.length() > 200) {
            errors.add(new InvalidInputException.FieldError("name", "mentoring.error.tooLong"));
        }
        Set<AccountId> poolMentees = new HashSet<>();
        Set<AccountId> poolMentors = new HashSet<>();
        profileService.pool().forEach(e -> (e.mentee() ? poolMentees : poolMentors).add(e.accountId()));
        if (menteeIds.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("mentees", "mentoring.round.menteesRequired"));
        } else if (!poolMentees.containsAll(menteeIds)) {
            errors.add(new InvalidInputException.FieldError("mentees", "mentoring.round.notInPool"));
        }
        if (mentorIds.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("mentors", "mentoring.round.mentorsRequired"));
        } else if (!poolMentors.containsAll(mentorIds)) {
            errors.add(new InvalidInputException.FieldError("mentors", "mentoring.round.notInPool"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RoundEntity round =
                rounds.save(new RoundEntity(trimmed, currentUser.require().value(), clock.instant()));
        new LinkedHashSet<>(menteeIds).forEach(id -> members.save(new RoundMemberEntity(round.id(), id.value(), true)));
        new LinkedHashSet<>(mentorIds)
                .forEach(id -> members.save(new RoundMemberEntity(round.id(), id.value(), false)));
        runner.startAfterCommit(round.id());
        return round.id();
    }

    /** Computes the round again, keeping locked pairs and never proposing excluded ones. */
    @Transactional
    public void rerun(RoundId id) {
        RoundEntity round = rounds.findById(id.value()).orElseThrow();
        round.rerun();
        runner.startAfterCommit(round.id());
    }

    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        return rounds.newestFirst().stream()
                .map(r -> {
                    List<RoundMemberEntity> people = members.findByRoundId(r.id().value());
                    int mentees = (int)
                            people.stream().filter(RoundMemberEntity::mentee).count();
                    return new RoundSummary(
                            r.id(),
                            r.name(),
                            r.status(),
                            r.createdAt(),
                            mentees,
                            people.size() - mentees,
                            proposals.ofRound(r.id().value()).size());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public RoundDetails round(RoundId id) {
        RoundEntity round = rounds.findById(id.value())
                .orElseThrow(() -> new InvalidInputException("round", "mentoring.round.unknown"));
        List<RoundMemberEntity> people = members.findByRoundId(id.value());
        List<ProposalEntity> found = proposals.ofRound(id.value());
        List<UnmatchedEntity> left = unmatched.findByRoundId(id.value());
        Set<AccountId> ids = new HashSet<>();
        people.forEach(m -> ids.add(new AccountId(m.accountId())));
        found.forEach(p -> {
            ids.add(new AccountId(p.menteeId()));
            ids.add(new AccountId(p.mentorId()));
        });
        Map<AccountId, String> names = new HashMap<>(recipients.displayNames(ids));
        int mentees = (int) people.stream().filter(RoundMemberEntity::mentee).count();
        List<RoundDetails.Proposal> shown = found.stream()
                .map(p -> {
                    AccountId mentee = new AccountId(p.menteeId());
                    AccountId mentor = new AccountId(p.mentorId());
                    return new RoundDetails.Proposal(
                            p.id(),
                            mentee,
                            names.getOrDefault(mentee, "?"),
                            mentor,
                            names.getOrDefault(mentor, "?"),
                            p.score(),
                            p.explanation(),
                            p.status());
                })
                .toList();
        List<RoundDetails.Unmatched> unmatchedShown = left.stream()
                .map(u -> {
                    AccountId person = new AccountId(u.accountId());
                    return new RoundDetails.Unmatched(person, names.getOrDefault(person, "?"), u.mentee(), u.reason());
                })
                .toList();
        return new RoundDetails(
                round.id(),
                round.name(),
                round.status(),
                round.version(),
                round.totalScore(),
                round.computedAt(),
                round.failure(),
                mentees,
                people.size() - mentees,
                shown,
                unmatchedShown);
    }

    /** Rejects, locks or excludes a proposal (or puts it back to PROPOSED) while the round is open. */
    @Transactional
    public void mark(long proposalId, ProposalStatus status) {
        ProposalEntity proposal = proposals
                .findById(proposalId)
                .orElseThrow(() -> new InvalidInputException("proposal", "mentoring.round.unknown"));
        RoundEntity round = rounds.findById(proposal.roundId().value()).orElseThrow();
        round.proposalsChanged(clock.instant());
        proposal.mark(status);
        rounds.saveAndFlush(round);
    }

    /**
     * Confirms every proposed and locked pair: each gets an invitation to both people. All or
     * nothing: if any mentee is already taken or a mentor has no place left, nothing is saved.
     *
     * @param expectedVersion the round's version as shown to the coordinator
     * @throws InvalidInputException "round" with "mentoring.round.alreadyConfirmed" when another
     *         coordinator confirmed or changed it first, or "mentoring.round.confirmConflict"
     */
    @Transactional
    public int confirm(RoundId id, long expectedVersion) {
        RoundEntity round = rounds.findById(id.value())
                .orElseThrow(() -> new InvalidInputException("round", "mentoring.round.unknown"));
        round.requireConfirmable(expectedVersion);
        List<ProposalEntity> chosen = proposals.ofRound(id.value()).stream()
                .filter(ProposalEntity::chosen)
                .toList();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("round", "mentoring.round.nothingToConfirm");
        }
        AccountId me = currentUser.require();
        round.confirm(me.value(), clock.instant(), expectedVersion);
        try {
            rounds.saveAndFlush(round);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException("round", "mentoring.round.alreadyConfirmed");
        }
        Instant now = clock.instant();
        invitations.invite(round.id(), chosen, me, now, now.plus(INVITATION_VALID));
        return chosen.size();
    }
}
