package se.brobygge.mentoring.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.mentoring.Criterion;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProposalStatus;
import se.brobygge.mentoring.RoundId;
import se.brobygge.mentoring.UnmatchedReason;
import se.brobygge.mentoring.matching.Candidate;
import se.brobygge.mentoring.matching.MatchingEngine;
import se.brobygge.mentoring.matching.Population;
import se.brobygge.mentoring.matching.Scoring;
import se.brobygge.shared.operations.LongWorkRunner;

/**
 * Computes a round in the background: reads the members' profiles, solves, and stores proposals
 * and the unmatched with reasons. Locked proposals stay, excluded pairs are never proposed again.
 * The solver runs outside any transaction; the UI polls the round's status.
 */
@Component
public class RoundRunner {

    private static final Logger log = LoggerFactory.getLogger(RoundRunner.class);

    private final RoundRepository rounds;
    private final RoundMemberRepository members;
    private final ProposalRepository proposals;
    private final UnmatchedRepository unmatched;
    private final ProfileRepository profiles;
    private final MentorshipRepository mentorships;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Clock clock;
    private final LongWorkRunner longWork;

    RoundRunner(
            RoundRepository rounds,
            RoundMemberRepository members,
            ProposalRepository proposals,
            UnmatchedRepository unmatched,
            ProfileRepository profiles,
            MentorshipRepository mentorships,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock,
            LongWorkRunner longWork) {
        this.longWork = longWork;
        this.rounds = rounds;
        this.members = members;
        this.proposals = proposals;
        this.unmatched = unmatched;
        this.profiles = profiles;
        this.mentorships = mentorships;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /** Starts the computation once the current transaction has committed (the round is RUNNING). */
    public void startAfterCommit(RoundId roundId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> longWork.run(() -> run(roundId)));
                }
            });
        } else {
            executor.execute(() -> longWork.run(() -> run(roundId)));
        }
    }

    private record Input(Population population, MatchingEngine.Options options) {}

    void run(RoundId roundId) {
        try {
            Input input = transactions.execute(status -> read(roundId));
            MatchingEngine.Result result = MatchingEngine.solve(input.population(), input.options());
            storeRetryingDeadlocks(roundId, input, result);
        } catch (RuntimeException e) {
            log.error("Matching round {} failed", roundId, e);
            transactions.executeWithoutResult(status -> rounds.findById(roundId.value())
                    .ifPresent(r -> r.failed(e.getClass().getSimpleName())));
        }
    }

    /**
     * Stores the proposals; InnoDB may pick this transaction as a deadlock victim when another
     * round or a staff action touches the same rows, and then the whole transaction is simply run again.
     */
    private void storeRetryingDeadlocks(RoundId roundId, Input input, MatchingEngine.Result result) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> store(roundId, input, result));
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
                log.info("Matching round {}: storing met a lock conflict, trying again ({})", roundId, attempt);
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Input read(RoundId roundId) {
        List<RoundMemberEntity> people = members.findByRoundId(roundId.value());
        Map<Long, ProfileEntity> byId = new HashMap<>();
        profiles.findAllById(people.stream().map(RoundMemberEntity::accountId).toList())
                .forEach(p -> byId.put(p.accountId(), p));
        List<MentorshipEntity> open = mentorships.withStatus(MentorshipRepository.OPEN);
        List<Candidate> mentees = new ArrayList<>();
        List<Candidate> mentors = new ArrayList<>();
        for (RoundMemberEntity member : people) {
            ProfileEntity p = byId.get(member.accountId());
            if (p == null) {
                continue;
            }
            ProfileDraft d = p.toDraft();
            if (member.mentee() && d.asMentee()) {
                mentees.add(Candidates.of(p.accountId(), d, true, 1));
            } else if (!member.mentee() && d.asMentor()) {
                int taken = (int)
                        open.stream().filter(m -> m.mentorId() == p.accountId()).count();
                mentors.add(Candidates.of(p.accountId(), d, false, Math.max(0, d.capacity() - taken)));
            }
        }
        Set<MatchingEngine.Pair> locked = new HashSet<>();
        Set<MatchingEngine.Pair> excluded = new HashSet<>();
        for (ProposalEntity proposal : proposals.ofRound(roundId.value())) {
            var pair = new MatchingEngine.Pair(proposal.menteeId(), proposal.mentorId());
            if (proposal.status() == ProposalStatus.LOCKED) {
                locked.add(pair);
            } else if (proposal.status() == ProposalStatus.EXCLUDED) {
                excluded.add(pair);
            }
        }
        return new Input(
                new Population(mentees, mentors),
                new MatchingEngine.Options(MatchingEngine.DEFAULT_CANDIDATES, excluded, locked));
    }

    private void store(RoundId roundId, Input input, MatchingEngine.Result result) {
        RoundEntity round = rounds.findById(roundId.value()).orElseThrow();
        proposals.deleteOfRound(roundId.value(), List.of(ProposalStatus.PROPOSED, ProposalStatus.REJECTED));
        unmatched.deleteOfRound(roundId.value());
        Population p = input.population();
        Map<Long, Integer> menteeIndex = new HashMap<>();
        Map<Long, Integer> mentorIndex = new HashMap<>();
        for (int i = 0; i < p.menteeCount(); i++) {
            menteeIndex.put(p.mentee(i).id(), i);
        }
        for (int j = 0; j < p.mentorCount(); j++) {
            mentorIndex.put(p.mentor(j).id(), j);
        }
        for (MatchingEngine.Match match : result.matches()) {
            if (match.locked()) {
                continue;
            }
            int mentee = Objects.requireNonNull(
                    menteeIndex.get(match.menteeId()), "a match pairs a mentee of the population it was made from");
            int mentor = Objects.requireNonNull(
                    mentorIndex.get(match.mentorId()), "a match pairs a mentor of the population it was made from");
            var score = Scoring.explain(p, mentee, mentor);
            List<Criterion> explanation = score.criteria().stream()
                    .map(c -> new Criterion(Codec.same(c.kind(), Criterion.Kind.class), c.points(), c.args()))
                    .toList();
            proposals.save(new ProposalEntity(roundId, match.menteeId(), match.mentorId(), match.score(), explanation));
        }
        for (MatchingEngine.Unmatched u : result.unmatched()) {
            unmatched.save(new UnmatchedEntity(
                    roundId, u.accountId(), u.mentee(), Codec.same(u.reason(), UnmatchedReason.class)));
        }
        round.proposed(result.totalScore(), clock.instant());
    }
}
