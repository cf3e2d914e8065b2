package se.brobygge.dialogue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueStatistics;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostRefusedException;
import se.brobygge.dialogue.PostState;
import se.brobygge.dialogue.ProposalStatus;
import se.brobygge.dialogue.Reaction;
import se.brobygge.dialogue.Summary;
import se.brobygge.dialogue.TopicProposal;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentHeldForReview;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.csv.CsvWriter;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.pdf.PdfDocument;
import se.brobygge.shared.text.PlainText;
import se.brobygge.shared.text.RichText;

/**
 * Dialogue's rules, for its public services (which check who may call). Who is acting is passed in
 * as {@link Actor}; the services take it from the signed-in user.
 */
@Component
public class DialogueCore {

    public static final String MODULE = "dialogue";
    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    /** Who is acting: account, display name, and whether staff. */
    public record Actor(long id, String name, boolean staff) {}

    private final DialogueRepository dialogues;
    private final PostRepository posts;
    private final ReactionRepository reactions;
    private final FollowRepository follows;
    private final TopicProposalRepository proposals;
    private final se.brobygge.shared.ratelimit.RateLimits rateLimits;
    private final ObjectProvider<ContentScreening> screening;
    private final ApplicationEventPublisher publisher;
    private final Recipients recipients;
    private final TranslationProvider translations;
    private final Clock clock;

    DialogueCore(
            DialogueRepository dialogues,
            PostRepository posts,
            ReactionRepository reactions,
            FollowRepository follows,
            TopicProposalRepository proposals,
            se.brobygge.shared.ratelimit.RateLimits rateLimits,
            ObjectProvider<ContentScreening> screening,
            ApplicationEventPublisher publisher,
            Recipients recipients,
            TranslationProvider translations,
            Clock clock) {
        this.dialogues = dialogues;
        this.posts = posts;
        this.reactions = reactions;
        this.follows = follows;
        this.proposals = proposals;
        this.rateLimits = rateLimits;
        this.screening = screening;
        this.publisher = publisher;
        this.recipients = recipients;
        this.translations = translations;
        this.clock = clock;
    }

    // ---- dialogues

    @Transactional(readOnly = true)
    public List<Dialogue> list() {
        Instant now = clock.instant();
        return dialogues.newestFirst(PageRequest.of(0, 200)).stream()
                .map(d -> d.toDialogue(now))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<DialogueId, Long> postCounts(List<DialogueId> ids) {
        Map<DialogueId, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            posts.visibleCounts(ids.stream().map(DialogueId::value).toList())
                    .forEach(row -> counts.put(new DialogueId((Long) row[0]), (Long) row[1]));
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<Dialogue> find(DialogueId id) {
        return dialogues.findById(id.value()).map(d -> d.toDialogue(clock.instant()));
    }

    @Transactional
    public DialogueId create(DialogueDraft draft, Actor staff) {
        validate(draft);
        DialogueEntity d = new DialogueEntity(staff.id(), clock.instant());
        describe(d, draft);
        return new DialogueId(dialogues.saveAndFlush(d).id());
    }

    @Transactional
    public void update(DialogueId id, DialogueDraft draft, long expectedVersion) {
        validate(draft);
        DialogueEntity d = dialogues.lockById(id.value()).orElseThrow();
        if (d.version != expectedVersion) {
            throw new InvalidInputException("title", "dialogue.validation.changedMeanwhile");
        }
        describe(d, draft);
    }

    private void describe(DialogueEntity d, DialogueDraft draft) {
        d.title = PlainText.line(draft.title());
        d.background = RichText.clean(draft.background()).strip();
        d.department = PlainText.line(draft.department());
        d.area = draft.area() == null || draft.area().isBlank()
                ? null
                : draft.area().strip();
        d.opensAt = instant(draft.opensAt());
        d.closesAt = instant(draft.closesAt());
        d.languages = String.join(",", new java.util.TreeSet<>(draft.languages()));
        d.premoderated = draft.premoderated();
    }

    void validate(DialogueDraft d) {
        List<FieldError> errors = new ArrayList<>();
        int title = PlainText.line(d.title()).length();
        if (title < 3 || title > 200) {
            errors.add(new FieldError("title", "dialogue.validation.title"));
        }
        // a background of nothing but markup is empty once cleaned
        if (RichText.clean(d.background()).isBlank() || d.background().length() > 20_000) {
            errors.add(new FieldError("background", "dialogue.validation.background"));
        }
        if (PlainText.line(d.department()).length() < 2
                || PlainText.line(d.department()).length() > 120) {
            errors.add(new FieldError("department", "dialogue.validation.department"));
        }
        if (d.area() != null && d.area().length() > 80) {
            errors.add(new FieldError("area", "dialogue.validation.area"));
        }
        if (d.opensAt() == null) {
            errors.add(new FieldError("opensAt", "dialogue.validation.required"));
        }
        if (d.closesAt() == null) {
            errors.add(new FieldError("closesAt", "dialogue.validation.required"));
        } else if (d.opensAt() != null && !d.closesAt().isAfter(d.opensAt())) {
            errors.add(new FieldError("closesAt", "dialogue.validation.closesBeforeOpens"));
        }
        if (d.languages().size() > 20
                || d.languages().stream()
                        .anyMatch(l -> !LANGUAGE_CODE.matcher(l).matches())) {
            errors.add(new FieldError("languages", "dialogue.validation.languages"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Closes a dialogue before its time. */
    @Transactional
    public void close(DialogueId id) {
        DialogueEntity d = dialogues.lockById(id.value()).orElseThrow();
        if (d.closedAt == null && d.status(clock.instant()) != DialogueStatus.CLOSED) {
            d.closedAt = clock.instant();
        }
    }

    @Transactional
    public void summarise(DialogueId id, Summary summary) {
        List<FieldError> errors = new ArrayList<>();
        if (summary.heard().strip().isEmpty() || summary.heard().length() > 20_000) {
            errors.add(new FieldError("heard", "dialogue.validation.summaryText"));
        }
        if (summary.actions().strip().isEmpty() || summary.actions().length() > 20_000) {
            errors.add(new FieldError("actions", "dialogue.validation.summaryText"));
        }
        DialogueEntity d = dialogues.lockById(id.value()).orElseThrow();
        Instant now = clock.instant();
        if (d.status(now) != DialogueStatus.CLOSED) {
            errors.add(new FieldError("heard", "dialogue.validation.summaryNotClosed"));
        }
        if (summary.reportBack() != null
                && summary.reportBack()
                        .isBefore(LocalDateTime.ofInstant(now, Formats.MUNICIPALITY_ZONE)
                                .toLocalDate())) {
            errors.add(new FieldError("reportBack", "dialogue.validation.reportBackPast"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean first = d.summaryAt == null;
        d.summaryHeard = summary.heard().strip();
        d.summaryActions = summary.actions().strip();
        d.summaryReportBack = summary.reportBack();
        d.summaryAt = now;
        if (first) {
            Set<Long> people = new LinkedHashSet<>(follows.followers(d.id()));
            people.addAll(posts.participants(d.id()));
            for (long person : people) {
                publisher.publishEvent(new NotificationRequested(
                        person,
                        NotificationKind.DIALOGUE_ANSWER,
                        "dialogue-summary-" + d.id(),
                        "dialogue.notify.summary.subject",
                        "dialogue.notify.summary.body",
                        List.of(d.title),
                        null,
                        "/dialogues/" + d.id()));
            }
        }
    }

    @Transactional
    public void follow(DialogueId id, long account, boolean follow) {
        dialogues.findById(id.value()).orElseThrow();
        FollowEntity.Key key = new FollowEntity.Key(id.value(), account);
        if (follow && !follows.existsById(key)) {
            follows.save(new FollowEntity(id.value(), account));
        } else if (!follow) {
            follows.deleteById(key);
        }
    }

    @Transactional(readOnly = true)
    public boolean follows(DialogueId id, long account) {
        return follows.existsById(new FollowEntity.Key(id.value(), account));
    }

    // ---- posts

    @Transactional(readOnly = true)
    public long count(DialogueId id, @Nullable Actor viewer) {
        return posts.countVisibleTo(id.value(), viewer == null ? -1 : viewer.id(), viewer != null && viewer.staff());
    }

    /** One page in reading order; two queries whatever the page size (posts, my reactions). */
    @Transactional(readOnly = true)
    public List<Post> page(DialogueId id, @Nullable Actor viewer, int offset, int limit) {
        long me = viewer == null ? -1 : viewer.id();
        int size = Math.max(1, Math.min(limit, 200));
        List<PostEntity> found =
                posts.page(id.value(), me, viewer != null && viewer.staff(), new OffsetPage(Math.max(0, offset), size));
        Map<Long, Set<Reaction>> mine = new HashMap<>();
        if (viewer != null && !found.isEmpty()) {
            reactions
                    .mine(me, found.stream().map(PostEntity::id).toList())
                    .forEach(r -> mine.computeIfAbsent(r.key.postId(), k -> EnumSet.noneOf(Reaction.class))
                            .add(Reaction.valueOf(r.key.kind())));
        }
        Instant now = clock.instant();
        return found.stream()
                .map(p -> toPost(p, me, mine.getOrDefault(p.id(), Set.of()), now))
                .toList();
    }

    private Post toPost(PostEntity p, long viewer, Set<Reaction> myReactions, Instant now) {
        boolean mine = p.authorId == viewer;
        boolean shown = p.state == PostState.VISIBLE || mine && p.state != PostState.DELETED;
        return new Post(
                new PostId(p.id()),
                new DialogueId(p.dialogueId),
                p.parentId == null ? null : new PostId(p.parentId),
                p.authorId,
                p.authorName,
                shown ? p.body : "",
                p.language,
                p.official,
                p.department,
                p.state,
                mine ? p.hiddenReason : null,
                p.createdAt,
                p.editedAt,
                p.agreeCount,
                p.importantCount,
                mine,
                mine && editable(p, now),
                Set.copyOf(myReactions),
                p.version);
    }

    private static boolean editable(PostEntity p, Instant now) {
        return (p.state == PostState.VISIBLE || p.state == PostState.PENDING)
                && now.isBefore(p.createdAt.plus(EDIT_WINDOW));
    }

    /**
     * A post, a reply (to a top-level post; a reply to a reply joins the same thread) or, from
     * staff, an official answer.
     */
    @Transactional
    public PostId post(
            DialogueId id, @Nullable PostId parentId, String body, String language, boolean official, Actor author) {
        DialogueEntity d = dialogues.findById(id.value()).orElseThrow();
        Instant now = clock.instant();
        String text = PlainText.text(body);
        String lang = language.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (official && !author.staff()) {
            throw new AccessDeniedException("Only staff answer officially");
        }
        if (!official && d.status(now) != DialogueStatus.OPEN) {
            errors.add(new FieldError(
                    "body",
                    d.status(now) == DialogueStatus.UPCOMING ? "dialogue.post.notOpenYet" : "dialogue.post.closed"));
        }
        if (text.isEmpty() || text.length() > 4000) {
            errors.add(new FieldError("body", "dialogue.validation.body"));
        }
        if (!LANGUAGE_CODE.matcher(lang).matches()) {
            errors.add(new FieldError("language", "dialogue.validation.language"));
        }
        PostEntity parent = null;
        if (parentId != null) {
            parent = posts.findById(parentId.value())
                    .filter(p -> p.dialogueId == d.id())
                    .orElse(null);
            if (parent != null && parent.parentId != null) {
                parent = posts.findById(parent.parentId).orElse(null);
            }
            if (parent == null || parent.state != PostState.VISIBLE) {
                errors.add(new FieldError("body", "dialogue.reply.hidden"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!author.staff() && !rateLimits.tryAcquire("post", Long.toString(author.id()))) {
            throw new InvalidInputException("body", "dialogue.post.rateLimited");
        }
        ContentScreening.Verdict verdict = screen(author.id(), text, lang);
        boolean hold = verdict.outcome() == ContentScreening.Outcome.QUEUE || d.premoderated && !author.staff();
        PostEntity post = new PostEntity(
                d.id(),
                parent,
                author.id(),
                author.name(),
                text,
                lang,
                official,
                official ? d.department : null,
                hold ? PostState.PENDING : PostState.VISIBLE,
                now);
        post = posts.saveAndFlush(post);
        if (post.threadId == null) {
            post.threadId = post.id();
        }
        ContentRef ref = new ContentRef(MODULE, "post", post.id());
        publisher.publishEvent(new ContentSubmitted(ref, author.id(), text, lang, link(post), now));
        if (hold && verdict.outcome() != ContentScreening.Outcome.QUEUE) {
            publisher.publishEvent(new ContentHeldForReview(ref));
        }
        if (official) {
            for (long follower : follows.followers(d.id())) {
                if (follower != author.id()) {
                    publisher.publishEvent(new NotificationRequested(
                            follower,
                            NotificationKind.DIALOGUE_ANSWER,
                            "dialogue-answer-" + post.id(),
                            "dialogue.notify.answer.subject",
                            "dialogue.notify.answer.body",
                            List.of(d.title, d.department),
                            null,
                            link(post)));
                }
            }
        }
        return new PostId(post.id());
    }

    /** Changes my own post within 15 minutes of writing it; it shows as edited. */
    @Transactional
    public void edit(PostId id, String body, long expectedVersion, Actor author) {
        PostEntity post = posts.lockById(id.value()).orElseThrow();
        if (post.authorId != author.id()) {
            throw new AccessDeniedException("Only the writer edits a post");
        }
        Instant now = clock.instant();
        String text = PlainText.text(body);
        if (!editable(post, now)) {
            throw new InvalidInputException("body", "dialogue.edit.tooLate");
        }
        DialogueEntity d = dialogues.findById(post.dialogueId).orElseThrow();
        if (!post.official && d.status(now) != DialogueStatus.OPEN) {
            throw new InvalidInputException("body", "dialogue.post.closed");
        }
        if (post.version != expectedVersion) {
            throw new InvalidInputException("body", "dialogue.edit.changedMeanwhile");
        }
        if (text.isEmpty() || text.length() > 4000) {
            throw new InvalidInputException("body", "dialogue.validation.body");
        }
        ContentScreening.Verdict verdict = screen(author.id(), text, post.language);
        post.body = text;
        post.editedAt = now;
        if (verdict.outcome() == ContentScreening.Outcome.QUEUE) {
            post.state = PostState.PENDING;
        }
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef(MODULE, "post", post.id()), author.id(), text, post.language, link(post), now));
    }

    @Transactional
    public void delete(PostId id, Actor author) {
        PostEntity post = posts.lockById(id.value()).orElseThrow();
        if (post.authorId != author.id()) {
            throw new AccessDeniedException("Only the writer deletes a post");
        }
        post.state = PostState.DELETED;
        post.body = "";
        post.editedAt = clock.instant();
    }

    /** Turns my reaction of this kind on or off. */
    @Transactional
    public void react(PostId id, Reaction reaction, Actor who) {
        PostEntity post = posts.findById(id.value()).orElseThrow();
        if (post.state != PostState.VISIBLE) {
            throw new InvalidInputException("reaction", "dialogue.reaction.notVisible");
        }
        ReactionEntity.Key key = new ReactionEntity.Key(post.id(), who.id(), reaction.name());
        int delta;
        if (reactions.existsById(key)) {
            reactions.deleteById(key);
            delta = -1;
        } else {
            reactions.saveAndFlush(new ReactionEntity(post.id(), who.id(), reaction.name()));
            delta = 1;
        }
        if (reaction == Reaction.AGREE) {
            posts.addAgree(post.id(), delta);
        } else {
            posts.addImportant(post.id(), delta);
        }
    }

    private ContentScreening.Verdict screen(long author, String text, String language) {
        ContentScreening screen = screening.getIfAvailable();
        ContentScreening.Verdict verdict =
                screen == null ? ContentScreening.Verdict.ALLOW : screen.screen(author, text, language);
        if (verdict.outcome() == ContentScreening.Outcome.BLOCK) {
            throw new PostRefusedException(verdict.message() == null ? "" : verdict.message());
        }
        return verdict;
    }

    private static String link(PostEntity post) {
        return "/dialogues/" + post.dialogueId + "#post-" + post.id();
    }

    // ---- moderation's decisions

    @Transactional
    public void hidden(ContentRef ref, String reason) {
        if ("post".equals(ref.type())) {
            posts.findById(ref.id()).ifPresent(p -> {
                if (p.state != PostState.DELETED) {
                    p.state = PostState.HIDDEN;
                    p.hiddenReason = reason;
                }
            });
        } else if ("proposal".equals(ref.type())) {
            proposals.findById(ref.id()).ifPresent(p -> p.hidden = true);
        }
    }

    @Transactional
    public void restored(ContentRef ref) {
        if ("post".equals(ref.type())) {
            posts.findById(ref.id()).ifPresent(p -> {
                if (p.state != PostState.DELETED) {
                    p.state = PostState.VISIBLE;
                    p.hiddenReason = null;
                }
            });
        } else if ("proposal".equals(ref.type())) {
            proposals.findById(ref.id()).ifPresent(p -> p.hidden = false);
        }
    }

    // ---- topic proposals

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
        if (!LANGUAGE_CODE.matcher(lang).matches()) {
            errors.add(new FieldError("language", "dialogue.validation.language"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!who.staff() && !rateLimits.tryAcquire("post", Long.toString(who.id()))) {
            throw new InvalidInputException("description", "dialogue.post.rateLimited");
        }
        String full = t + "\n\n" + text;
        ContentScreening.Verdict verdict = screen(who.id(), full, lang);
        TopicProposalEntity p = new TopicProposalEntity(t, text, lang, who.id(), clock.instant());
        p.hidden = verdict.outcome() == ContentScreening.Outcome.QUEUE;
        p = proposals.saveAndFlush(p);
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef(MODULE, "proposal", p.id()),
                who.id(),
                full,
                lang,
                "/dialogues/proposals",
                clock.instant()));
        return p.id();
    }

    @Transactional(readOnly = true)
    public List<TopicProposal> waitingProposals() {
        return toProposals(proposals.waiting());
    }

    @Transactional(readOnly = true)
    public List<TopicProposal> proposalsOf(long account) {
        return toProposals(proposals.findByProposedByOrderByCreatedAtDesc(account));
    }

    private List<TopicProposal> toProposals(List<TopicProposalEntity> list) {
        Map<AccountId, String> names = list.isEmpty()
                ? Map.of()
                : recipients.displayNames(list.stream()
                        .map(p -> new AccountId(p.proposedBy))
                        .distinct()
                        .toList());
        return list.stream()
                .map(p -> new TopicProposal(
                        p.id(),
                        p.title,
                        p.description,
                        p.language,
                        names.getOrDefault(new AccountId(p.proposedBy), "?"),
                        p.status,
                        p.declineReason,
                        p.dialogueId == null ? null : new DialogueId(p.dialogueId),
                        p.createdAt))
                .toList();
    }

    @Transactional
    public DialogueId accept(long proposalId, DialogueDraft draft, Actor staff) {
        TopicProposalEntity p = proposals.lockById(proposalId).orElseThrow();
        if (p.status != ProposalStatus.PROPOSED) {
            throw new InvalidInputException("title", "dialogue.proposal.decided");
        }
        DialogueId id = create(draft, staff);
        p.status = ProposalStatus.ACCEPTED;
        p.dialogueId = id.value();
        p.decidedAt = clock.instant();
        publisher.publishEvent(new NotificationRequested(
                p.proposedBy,
                NotificationKind.DIALOGUE_ANSWER,
                "dialogue-proposal-" + p.id(),
                "dialogue.notify.accepted.subject",
                "dialogue.notify.accepted.body",
                List.of(p.title),
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
        if (p.status != ProposalStatus.PROPOSED) {
            throw new InvalidInputException("reason", "dialogue.proposal.decided");
        }
        p.status = ProposalStatus.DECLINED;
        p.declineReason = why;
        p.decidedAt = clock.instant();
        publisher.publishEvent(new NotificationRequested(
                p.proposedBy,
                NotificationKind.DIALOGUE_ANSWER,
                "dialogue-proposal-" + p.id(),
                "dialogue.notify.declined.subject",
                "dialogue.notify.declined.body",
                List.of(p.title, why),
                null,
                "/dialogues/proposals"));
    }

    // ---- statistics and exports

    @Transactional(readOnly = true)
    public DialogueStatistics statistics(DialogueId id) {
        return statistics(posts.visible(id.value()));
    }

    private static DialogueStatistics statistics(List<PostEntity> visible) {
        Map<String, Long> languages = new TreeMap<>();
        Set<Long> people = new java.util.HashSet<>();
        long count = 0;
        for (PostEntity p : visible) {
            if (p.official) {
                continue;
            }
            count++;
            people.add(p.authorId);
            languages.merge(p.language, 1L, Long::sum);
        }
        return new DialogueStatistics(count, people.size(), languages);
    }

    /** The material for decision makers: question, summary, statistics and every visible post. */
    @Transactional(readOnly = true)
    public byte[] pdf(DialogueId id, Locale locale) {
        DialogueEntity d = dialogues.findById(id.value()).orElseThrow();
        List<PostEntity> visible = posts.visible(d.id());
        DialogueStatistics stats = statistics(visible);
        PdfDocument doc = new PdfDocument(locale.getLanguage(), d.title);
        doc.facts(List.of(
                List.of(t("dialogue.field.department", locale), d.department),
                List.of(t("dialogue.field.area", locale), d.area == null ? "–" : d.area),
                List.of(
                        t("dialogue.field.window", locale),
                        Formats.dateTime(d.opensAt, locale) + " – " + Formats.dateTime(d.closesAt, locale)),
                List.of(t("dialogue.stats.posts", locale), Long.toString(stats.posts())),
                List.of(t("dialogue.stats.participants", locale), Long.toString(stats.participants())),
                List.of(t("dialogue.stats.languages", locale), languages(stats.languages(), locale))));
        doc.heading(t("dialogue.field.background", locale)).paragraph(d.background);
        if (d.summaryAt != null) {
            doc.heading(t("dialogue.summary.heard", locale)).paragraph(nullToEmpty(d.summaryHeard));
            doc.heading(t("dialogue.summary.actions", locale)).paragraph(nullToEmpty(d.summaryActions));
            if (d.summaryReportBack != null) {
                doc.heading(t("dialogue.summary.reportBack", locale))
                        .paragraph(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                                .withLocale(locale)
                                .format(d.summaryReportBack));
            }
        }
        doc.heading(t("dialogue.export.posts", locale));
        for (PostEntity p : visible) {
            String who = p.official
                    ? t("dialogue.post.official", locale, p.department == null ? "" : p.department)
                    : (p.parentId == null ? t("dialogue.export.post", locale) : t("dialogue.export.reply", locale));
            doc.note(who + " · " + Formats.dateTime(p.createdAt, locale) + " · "
                    + LanguageNames.of(p.language, locale) + " · "
                    + t("dialogue.reaction.AGREE", locale) + ": " + p.agreeCount + " · "
                    + t("dialogue.reaction.IMPORTANT", locale) + ": " + p.importantCount);
            doc.paragraph(p.body, p.language);
        }
        return doc.toPdf();
    }

    /** Every visible post as CSV (UTF-8 with a byte-order mark), for spreadsheets. */
    @Transactional(readOnly = true)
    public byte[] csv(DialogueId id, Locale locale) {
        DialogueEntity d = dialogues.findById(id.value()).orElseThrow();
        CsvWriter csv = CsvWriter.withHeader(
                t("dialogue.csv.id", locale),
                t("dialogue.csv.replyTo", locale),
                t("dialogue.csv.date", locale),
                t("dialogue.csv.language", locale),
                t("dialogue.csv.official", locale),
                t("dialogue.csv.text", locale),
                t("dialogue.reaction.AGREE", locale),
                t("dialogue.reaction.IMPORTANT", locale));
        for (PostEntity p : posts.visible(d.id())) {
            csv.row(
                    p.id(),
                    p.parentId == null ? "" : p.parentId,
                    p.createdAt.toString(),
                    p.language,
                    p.official ? nullToEmpty(p.department) : "",
                    p.body,
                    p.agreeCount,
                    p.importantCount);
        }
        return csv.toBytes();
    }

    private static String languages(Map<String, Long> counts, Locale locale) {
        if (counts.isEmpty()) {
            return "–";
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((code, n) -> out.append(out.isEmpty() ? "" : ", ")
                .append(LanguageNames.of(code, locale))
                .append(" (")
                .append(n)
                .append(')'));
        return out.toString();
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static Instant instant(@Nullable LocalDateTime local) {
        if (local == null) {
            throw new IllegalArgumentException("time missing");
        }
        return local.atZone(Formats.MUNICIPALITY_ZONE).toInstant();
    }

    /** Offset-based paging for lazy lists, whose offsets need not be multiples of the page size. */
    record OffsetPage(long offset, int size) implements org.springframework.data.domain.Pageable {
        @Override
        public int getPageNumber() {
            return (int) (offset / size);
        }

        @Override
        public int getPageSize() {
            return size;
        }

        @Override
        public long getOffset() {
            return offset;
        }

        @Override
        public org.springframework.data.domain.Sort getSort() {
            return org.springframework.data.domain.Sort.unsorted();
        }

        @Override
        public org.springframework.data.domain.Pageable next() {
            return new OffsetPage(offset + size, size);
        }

        @Override
        public org.springframework.data.domain.Pageable previousOrFirst() {
            return new OffsetPage(Math.max(0, offset - size), size);
        }

        @Override
        public org.springframework.data.domain.Pageable first() {
            return new OffsetPage(0, size);
        }

        @Override
        public org.springframework.data.domain.Pageable withPage(int pageNumber) {
            return new OffsetPage((long) pageNumber * size, size);
        }

        @Override
        public boolean hasPrevious() {
            return offset > 0;
        }
    }
}
