package se.brobygge.dialogue.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.TopicProposal;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentScreening.Verdict;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.shared.text.PlainText;

/** Topics residents propose; staff accept one (a dialogue opens) or decline it with a reason. */
@Component
public class Proposals {

    private final TopicProposalRepository proposals;
    private final Dialogues dialogues;
    private final DialogueContent content;
    private final RateLimits rateLimits;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Proposals(
            TopicProposalRepository proposals,
            Dialogues dialogues,
            DialogueContent content,
            RateLimits rateLimits,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.proposals = proposals;
        this.dialogues = dialogues;
        this.content = content;
        this.rateLimits = rateLimits;
        this.recipients = recipients;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public long propose(String title, String description, String language, Actor who) {
        List<FieldError> errors = new ArrayList<>();
        String t = PlainText.line(title);
        String text = description.strip();
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (t.length() < 3 || t.length() > 200) {
            errors.add(new FieldError("title", "dialogue.validation.title"));
        }
        if (text.isEmpty() || text.length() > 4000) {
            errors.add(new FieldError("description", "dialogue.validation.body"));
        }
        if (!Dialogues.LANGUAGE_CODE.matcher(lang).matches()) {
            errors.add(new FieldError("language", "dialogue.validation.language"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!who.staff() && !rateLimits.tryAcquire("post", Long.toString(who.account()))) {
            throw new InvalidInputException("description", "dialogue.post.rateLimited");
        }
        String full = t + "\n\n" + text;
        Verdict verdict = content.screen(who.account(), full, lang);
        TopicProposalEntity p = new TopicProposalEntity(t, text, lang, who.account(), clock.instant());
        if (DialogueContent.held(verdict)) {
            p.hide();
        }
        p = proposals.saveAndFlush(p);
        publisher.publishEvent(new ContentSubmitted(
                DialogueContent.proposal(p.id()), who.account(), full, lang, "/dialogues/proposals", clock.instant()));
        return p.id();
    }

    @Transactional(readOnly = true)
    public List<TopicProposal> waiting() {
        return toProposals(proposals.waiting());
    }

    @Transactional(readOnly = true)
    public long waitingCount() {
        return proposals.countWaiting();
    }

    @Transactional(readOnly = true)
    public List<TopicProposal> of(AccountId account) {
        return toProposals(proposals.findByProposedByOrderByCreatedAtDesc(account.value()));
    }

    private List<TopicProposal> toProposals(List<TopicProposalEntity> list) {
        Map<AccountId, String> names = list.isEmpty()
                ? Map.of()
                : recipients.displayNames(list.stream()
                        .map(p -> new AccountId(p.proposedBy()))
                        .distinct()
                        .toList());
        return list.stream()
                .map(p -> p.toProposal(names.getOrDefault(new AccountId(p.proposedBy()), "?")))
                .toList();
    }

    @Transactional
    public DialogueId accept(long proposalId, DialogueDraft draft, Actor staff) {
        TopicProposalEntity p = proposals.lockById(proposalId).orElseThrow();
        if (p.decided()) {
            throw new InvalidInputException("title", "dialogue.proposal.decided");
        }
        DialogueId id = dialogues.create(draft, staff);
        p.accept(id, clock.instant());
        publisher.publishEvent(new NotificationRequested(
                p.proposedBy(),
                NotificationKind.DIALOGUE_ANSWER,
                "dialogue-proposal-" + p.id(),
                "dialogue.notify.accepted.subject",
                "dialogue.notify.accepted.body",
                List.of(p.title()),
                null,
                "/dialogues/" + id.value()));
        return id;
    }

    @Transactional
    public void decline(long proposalId, String reason) {
        String why = PlainText.text(reason);
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidInputException("reason", "dialogue.validation.reason");
        }
        TopicProposalEntity p = proposals.lockById(proposalId).orElseThrow();
        if (p.decided()) {
            throw new InvalidInputException("reason", "dialogue.proposal.decided");
        }
        p.decline(why, clock.instant());
        publisher.publishEvent(new NotificationRequested(
                p.proposedBy(),
                NotificationKind.DIALOGUE_ANSWER,
                "dialogue-proposal-" + p.id(),
                "dialogue.notify.declined.subject",
                "dialogue.notify.declined.body",
                List.of(p.title(), why),
                null,
                "/dialogues/proposals"));
    }
}
