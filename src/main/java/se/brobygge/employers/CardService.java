package se.brobygge.employers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.CardEntity;
import se.brobygge.employers.internal.CardRepository;
import se.brobygge.employers.internal.CardViews;
import se.brobygge.employers.internal.EmployerAccess;
import se.brobygge.employers.internal.EmployerRepository;
import se.brobygge.employers.internal.ParticipantEntity;
import se.brobygge.employers.internal.ParticipantRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.occupation.Occupations;

/**
 * Presentation cards. Each person keeps one card and decides who sees it: the other participants
 * of their sessions (opt-in), and which parts employers see.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CardService {

    private final CardRepository cards;
    private final ParticipantRepository participants;
    private final EmployerRepository employers;
    private final EmployerAccess access;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ObjectProvider<ContentScreening> screening;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    private final AccessAudit audit;

    CardService(
            CardRepository cards,
            ParticipantRepository participants,
            EmployerRepository employers,
            EmployerAccess access,
            CurrentUser currentUser,
            Recipients recipients,
            ObjectProvider<ContentScreening> screening,
            ApplicationEventPublisher publisher,
            Clock clock,
            AccessAudit audit) {
        this.audit = audit;
        this.cards = cards;
        this.participants = participants;
        this.employers = employers;
        this.access = access;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.screening = screening;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CardDraft> myCard() {
        return cards.findById(currentUser.require().value()).map(CardEntity::toDraft);
    }

    /**
     * Saves my card.
     *
     * @throws InvalidInputException texts too long, no presentation, or text moderation refuses; nothing saved
     */
    @Transactional
    public void saveMyCard(CardDraft draft) {
        long me = currentUser.require().value();
        List<FieldError> errors = new ArrayList<>();
        if (draft.presentation().isBlank() || draft.presentation().length() > 2000) {
            errors.add(new FieldError("presentation", "employers.validation.presentation"));
        }
        if (draft.seeks().length() > 1000) {
            errors.add(new FieldError("seeks", "employers.validation.long"));
        }
        if (draft.offers().length() > 1000) {
            errors.add(new FieldError("offers", "employers.validation.long"));
        }
        if (draft.skills().length() > 2000) {
            errors.add(new FieldError("skills", "employers.validation.long"));
        }
        if (draft.languages().isEmpty()) {
            errors.add(new FieldError("languages", "employers.validation.languages"));
        } else if (draft.languages().size() > 12) {
            errors.add(new FieldError("languages", "employers.validation.tooManyLanguages"));
        }
        if (draft.occupation() != null
                && !draft.occupation().isBlank()
                && Occupations.byCode(draft.occupation().strip()).isEmpty()) {
            errors.add(new FieldError("occupation", "employers.validation.occupation"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CardEntity card = cards.findById(me).orElseGet(() -> new CardEntity(me));
        card.fill(draft, clock.instant());
        ContentScreening screen = screening.getIfAvailable();
        ContentScreening.Verdict verdict =
                screen == null ? ContentScreening.Verdict.ALLOW : screen.screen(me, card.text(), null);
        if (verdict.outcome() == ContentScreening.Outcome.BLOCK) {
            throw new InvalidInputException(
                    "presentation", verdict.message() == null ? "employers.validation.blocked" : verdict.message());
        }
        if (verdict.outcome() == ContentScreening.Outcome.QUEUE) {
            card.hide("queued");
        }
        cards.saveAndFlush(card);
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef("employers", "card", me),
                me,
                card.text(),
                null,
                "/employers/cards/" + me,
                clock.instant()));
    }

    /**
     * The cards of a session's participants who chose to show theirs, for the other confirmed
     * participants and staff. Employer representatives see only what each newcomer lets employers see.
     * A staff member who is not a participant is recorded in the staff-access audit.
     */
    @Transactional
    public List<Card> cardsAt(SessionId id) {
        long me = currentUser.require().value();
        List<ParticipantEntity> seated = participants.confirmedAt(id.value());
        boolean staff = access.isStaff();
        ParticipantEntity mine =
                seated.stream().filter(p -> p.accountId() == me).findFirst().orElse(null);
        if (mine == null && !staff) {
            throw new AccessDeniedException("Only participants of the session see its cards");
        }
        if (mine == null) {
            // staff who do not take part read everyone's card, shown or not: in the staff-access audit
            audit.record(new StaffAccess(
                    me,
                    AccessKind.PROFILE_READ,
                    null,
                    "employers:cards:" + id.value(),
                    "/employer-sessions/" + id.value()));
        }
        boolean asEmployer = !staff && mine != null && mine.role().representsEmployer();
        Map<Long, CardEntity> byAccount = new HashMap<>();
        cards.findAllOf(seated.stream().map(ParticipantEntity::accountId).toList())
                .forEach(c -> byAccount.put(c.accountId(), c));
        Map<AccountId, String> names = recipients.displayNames(
                seated.stream().map(p -> new AccountId(p.accountId())).toList());
        Map<Long, String> organisations = new HashMap<>();
        List<Long> employerIds = seated.stream()
                .map(ParticipantEntity::employerId)
                .filter(Objects::nonNull)
                .toList();
        if (!employerIds.isEmpty()) {
            employers.findAllByIds(employerIds).forEach(e -> organisations.put(e.id().value(), e.name()));
        }
        List<Card> result = new ArrayList<>();
        for (ParticipantEntity p : seated) {
            CardEntity card = byAccount.get(p.accountId());
            if (card == null || !(card.visibleToParticipants() || staff || p.accountId() == me)) {
                continue;
            }
            String name = names.getOrDefault(new AccountId(p.accountId()), "?");
            String organisation = p.employerId() == null ? null : organisations.get(p.employerId());
            result.add(
                    asEmployer && p.role() == ParticipantRole.NEWCOMER
                            ? CardViews.forEmployer(card, name, p.role())
                            : CardViews.full(card, name, p.role(), organisation));
        }
        return result;
    }
}
