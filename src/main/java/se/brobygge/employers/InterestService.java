package se.brobygge.employers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.CardEntity;
import se.brobygge.employers.internal.CardRepository;
import se.brobygge.employers.internal.CardViews;
import se.brobygge.employers.internal.EmployerAccess;
import se.brobygge.employers.internal.EmployerEntity;
import se.brobygge.employers.internal.EmployerRepository;
import se.brobygge.employers.internal.InterestEntity;
import se.brobygge.employers.internal.InterestRepository;
import se.brobygge.employers.internal.ParticipantEntity;
import se.brobygge.employers.internal.ParticipantRepository;
import se.brobygge.employers.internal.PostingEntity;
import se.brobygge.employers.internal.PostingRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.occupation.Occupations;

/**
 * Interest in internships and jobs, and suggestions both ways. An employer sees only the interest
 * sent to its own posts, with only the parts of each card the sender lets employers see. Suggestions
 * look at occupation, languages and area only; the card holds no gender, age or origin to use.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InterestService {

    private final InterestRepository interests;
    private final PostingRepository postings;
    private final EmployerRepository employers;
    private final CardRepository cards;
    private final ParticipantRepository participants;
    private final EmployerAccess access;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final PostingService postingService;
    private final Clock clock;

    InterestService(
            InterestRepository interests,
            PostingRepository postings,
            EmployerRepository employers,
            CardRepository cards,
            ParticipantRepository participants,
            EmployerAccess access,
            CurrentUser currentUser,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            PostingService postingService,
            Clock clock) {
        this.interests = interests;
        this.postings = postings;
        this.employers = employers;
        this.cards = cards;
        this.participants = participants;
        this.access = access;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.publisher = publisher;
        this.postingService = postingService;
        this.clock = clock;
    }

    /**
     * Sends my interest in a published post with a short message; my card goes with it (the parts I
     * let employers see). Sending again changes the message.
     *
     * @throws InvalidInputException "message" too long; "card" when I have no card yet; "posting" when closed
     */
    @Transactional
    public InterestId express(PostingId id, String message) {
        long me = currentUser.require().value();
        PostingEntity posting = postings.findById(id.value()).orElseThrow();
        if (posting.status() != PostingStatus.PUBLISHED || posting.hidden()) {
            throw new InvalidInputException("posting", "employers.interest.closed");
        }
        if (message.length() > 1000) {
            throw new InvalidInputException("message", "employers.validation.long");
        }
        if (cards.findById(me).isEmpty()) {
            throw new InvalidInputException("card", "employers.interest.cardFirst");
        }
        Optional<InterestEntity> existing = interests.find(id.value(), me);
        if (existing.isPresent() && existing.get().status() != InterestStatus.WITHDRAWN) {
            return existing.get().id();
        }
        InterestEntity interest;
        if (existing.isPresent()) {
            existing.get().resend(message.strip(), clock.instant());
            interest = interests.saveAndFlush(existing.get());
        } else {
            interest = interests.saveAndFlush(new InterestEntity(id.value(), me, message.strip(), clock.instant()));
        }
        EmployerEntity employer = employers.findById(posting.employerId()).orElseThrow();
        publisher.publishEvent(new NotificationRequested(
                employer.registeredBy(),
                NotificationKind.EMPLOYER_SESSION,
                "employers-interest-" + interest.id().value() + "-"
                        + interest.updatedAt().toEpochMilli(),
                "employers.notify.interest.subject",
                "employers.notify.interest.body",
                List.of(posting.title()),
                null,
                "/jobs/" + id.value() + "/interests"));
        return interest.id();
    }

    /**
     * Takes back interest I sent, while the employer has not started me or declined; the employer
     * is told and no longer sees it as active. Withdrawing twice changes nothing.
     *
     * @throws InvalidInputException "interest" when it is past taking back
     * @throws AccessDeniedException when the interest is someone else's
     */
    @Transactional
    public void withdraw(InterestId id) {
        long me = currentUser.require().value();
        InterestEntity interest = interests.findById(id.value()).orElseThrow();
        if (interest.accountId() != me) {
            throw new AccessDeniedException("Only the sender withdraws an interest");
        }
        if (interest.status() == InterestStatus.WITHDRAWN) {
            return;
        }
        if (!interest.withdraw(clock.instant())) {
            throw new InvalidInputException("interest", "employers.interest.notWithdrawable");
        }
        try {
            interests.saveAndFlush(interest);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException("interest", "employers.interest.changedMeanwhile");
        }
        PostingEntity posting = postings.findById(interest.postingId()).orElseThrow();
        EmployerEntity employer = employers.findById(posting.employerId()).orElseThrow();
        publisher.publishEvent(new NotificationRequested(
                employer.registeredBy(),
                NotificationKind.EMPLOYER_SESSION,
                "employers-withdrawn-" + id.value() + "-" + interest.updatedAt().toEpochMilli(),
                "employers.notify.withdrawn.subject",
                "employers.notify.withdrawn.body",
                List.of(posting.title()),
                null,
                "/jobs/" + posting.id().value() + "/interests"));
    }

    /** The interest I sent and where each stands. */
    @Transactional(readOnly = true)
    public List<Interest> mine() {
        long me = currentUser.require().value();
        List<InterestEntity> sent = interests.sentBy(me);
        return toRecords(sent, false);
    }

    /** Interest sent to a post of an employer I represent. */
    @Transactional(readOnly = true)
    public List<Interest> forPosting(PostingId id) {
        PostingEntity posting = postings.findById(id.value()).orElseThrow();
        access.requireRepresentative(posting.employerId());
        return toRecords(interests.forPosting(id.value()), true);
    }

    /**
     * Answers an interest and moves it on (interview, offered, started, declined); the sender is told.
     *
     * @throws InvalidInputException "status" when someone else answered meanwhile
     */
    @Transactional
    public void answer(InterestId id, long seenVersion, InterestStatus status, @Nullable String answer) {
        InterestEntity interest = interests.findById(id.value()).orElseThrow();
        PostingEntity posting = postings.findById(interest.postingId()).orElseThrow();
        access.requireRepresentative(posting.employerId());
        if (interest.version() != seenVersion) {
            throw new InvalidInputException("status", "employers.interest.changedMeanwhile");
        }
        if (interest.status() == InterestStatus.WITHDRAWN || status == InterestStatus.WITHDRAWN) {
            throw new InvalidInputException("status", "employers.interest.withdrawn");
        }
        if (answer != null && answer.length() > 2000) {
            throw new InvalidInputException("answer", "employers.validation.long");
        }
        interest.answer(status, answer == null || answer.isBlank() ? null : answer.strip(), clock.instant());
        try {
            interests.saveAndFlush(interest);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException("status", "employers.interest.changedMeanwhile");
        }
        publisher.publishEvent(new NotificationRequested(
                interest.accountId(),
                NotificationKind.EMPLOYER_SESSION,
                "employers-answer-" + id.value() + "-" + status,
                "employers.notify.answer.subject",
                "employers.notify.answer.body." + status,
                List.of(posting.title()),
                null,
                "/jobs/" + posting.id().value()));
    }

    /** The version of an interest, for answering it (optimistic locking). */
    @Transactional(readOnly = true)
    public long version(InterestId id) {
        InterestEntity interest = interests.findById(id.value()).orElseThrow();
        PostingEntity posting = postings.findById(interest.postingId()).orElseThrow();
        access.requireRepresentative(posting.employerId());
        return interest.version();
    }

    /** Published posts that fit my card (occupation, Swedish level, area), best first, with reasons. */
    @Transactional(readOnly = true)
    public List<Suggestion<Posting>> suggestionsForMe() {
        long me = currentUser.require().value();
        Optional<CardEntity> card = cards.findById(me);
        if (card.isEmpty()) {
            return List.of();
        }
        List<Posting> open = postingService.browse(PostingFilter.ALL);
        List<Suggestion<Posting>> result = new ArrayList<>();
        for (Posting p : open) {
            List<Suggestion.Reason> reasons = Matching.reasons(card.get(), p);
            if (!reasons.isEmpty()) {
                result.add(new Suggestion<>(p, reasons));
            }
        }
        result.sort(
                Comparator.comparingInt((Suggestion<Posting> s) -> -s.reasons().size()));
        return result;
    }

    /**
     * Newcomers who sat at sessions together with this employer's people, chose to be suggested,
     * and whose card fits the post; only what they let employers see.
     */
    @Transactional(readOnly = true)
    public List<Suggestion<Card>> suggestionsFor(PostingId id) {
        PostingEntity entity = postings.findById(id.value()).orElseThrow();
        access.requireRepresentative(entity.employerId());
        Posting posting = postingService.toRecords(List.of(entity)).getFirst();
        Set<Long> sessionIds = new HashSet<>();
        participants.confirmedForEmployer(entity.employerId()).forEach(p -> sessionIds.add(p.sessionId()));
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        List<ParticipantEntity> newcomers = participants.confirmedAtAny(sessionIds).stream()
                .filter(p -> p.role() == ParticipantRole.NEWCOMER)
                .toList();
        Set<Long> accountIds = new HashSet<>();
        newcomers.forEach(p -> accountIds.add(p.accountId()));
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Map<AccountId, String> names =
                recipients.displayNames(accountIds.stream().map(AccountId::new).toList());
        List<Suggestion<Card>> result = new ArrayList<>();
        for (CardEntity card : cards.findAllOf(accountIds)) {
            if (!card.suggestible() || card.hidden()) {
                continue;
            }
            List<Suggestion.Reason> reasons = Matching.reasonsForEmployer(card, posting);
            if (!reasons.isEmpty()) {
                result.add(new Suggestion<>(
                        CardViews.forEmployer(
                                card,
                                names.getOrDefault(new AccountId(card.accountId()), "?"),
                                ParticipantRole.NEWCOMER),
                        reasons));
            }
        }
        result.sort(Comparator.comparingInt((Suggestion<Card> s) -> -s.reasons().size()));
        return result;
    }

    private List<Interest> toRecords(List<InterestEntity> list, boolean forEmployer) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, PostingEntity> posts = new HashMap<>();
        postings.findAllByIds(
                        list.stream().map(InterestEntity::postingId).distinct().toList())
                .forEach(p -> posts.put(p.id().value(), p));
        Map<Long, String> employerNames = new HashMap<>();
        employers
                .findAllByIds(posts.values().stream()
                        .map(PostingEntity::employerId)
                        .distinct()
                        .toList())
                .forEach(e -> employerNames.put(e.id().value(), e.name()));
        Map<AccountId, String> names = recipients.displayNames(
                list.stream().map(i -> new AccountId(i.accountId())).toList());
        Map<Long, CardEntity> cardOf = new HashMap<>();
        if (forEmployer) {
            cards.findAllOf(list.stream().map(InterestEntity::accountId).toList())
                    .forEach(c -> cardOf.put(c.accountId(), c));
        }
        return list.stream()
                .map(i -> {
                    PostingEntity p =
                            Objects.requireNonNull(posts.get(i.postingId()), "an interest's posting was loaded");
                    String name = names.getOrDefault(new AccountId(i.accountId()), "?");
                    CardEntity card = cardOf.get(i.accountId());
                    return new Interest(
                            i.id(),
                            p.id(),
                            p.title(),
                            employerNames.getOrDefault(p.employerId(), "?"),
                            new AccountId(i.accountId()),
                            name,
                            i.message(),
                            i.status(),
                            i.answer(),
                            card == null ? null : CardViews.forEmployer(card, name, null),
                            i.createdAt(),
                            i.updatedAt());
                })
                .toList();
    }

    /** The fit between a card and a post; deliberately blind to everything but occupation, language and area. */
    static final class Matching {

        private Matching() {}

        static List<Suggestion.Reason> reasons(CardEntity card, Posting p) {
            List<Suggestion.Reason> reasons = new ArrayList<>();
            if (Occupations.sameGroup(card.occupation(), p.occupation())) {
                reasons.add(new Suggestion.Reason("employers.reason.occupation", p.occupation()));
            }
            if (reasons.isEmpty()) {
                return reasons;
            }
            if (card.swedishLevel().meets(p.swedishLevel())) {
                reasons.add(new Suggestion.Reason(
                        "employers.reason.language", p.swedishLevel().name()));
            } else {
                return List.of();
            }
            if (card.area() != null && card.area().equals(p.area())) {
                reasons.add(new Suggestion.Reason("employers.reason.area", p.area()));
            }
            return reasons;
        }

        /** As {@link #reasons}, but only with the parts the newcomer lets employers see. */
        static List<Suggestion.Reason> reasonsForEmployer(CardEntity card, Posting p) {
            if (!card.employersSeeOccupation()) {
                return List.of();
            }
            List<Suggestion.Reason> reasons = new ArrayList<>();
            if (Occupations.sameGroup(card.occupation(), p.occupation())) {
                reasons.add(new Suggestion.Reason("employers.reason.occupation", p.occupation()));
            } else {
                return List.of();
            }
            if (card.employersSeeLanguages()) {
                if (!card.swedishLevel().meets(p.swedishLevel())) {
                    return List.of();
                }
                reasons.add(new Suggestion.Reason(
                        "employers.reason.language", p.swedishLevel().name()));
            }
            if (card.employersSeeArea() && card.area() != null && card.area().equals(p.area())) {
                reasons.add(new Suggestion.Reason("employers.reason.area", p.area()));
            }
            return reasons;
        }
    }
}
