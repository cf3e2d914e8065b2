package se.brobygge.dialogue.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.text.PlainText;
import se.brobygge.shared.text.RichText;

/** Dialogues: opening, describing, closing, following. */
@Component
public class Dialogues {

    static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private final DialogueRepository dialogues;
    private final PostRepository posts;
    private final FollowRepository follows;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Dialogues(
            DialogueRepository dialogues,
            PostRepository posts,
            FollowRepository follows,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.dialogues = dialogues;
        this.posts = posts;
        this.follows = follows;
        this.publisher = publisher;
        this.clock = clock;
    }

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
        DialogueEntity d = new DialogueEntity(staff.account(), clock.instant());
        describe(d, draft);
        return new DialogueId(dialogues.saveAndFlush(d).id());
    }

    /**
     * Changes a dialogue that has not closed: its texts and times. When the end moves, its followers
     * are told the new end.
     */
    @Transactional
    public void update(DialogueId id, DialogueDraft draft, long expectedVersion) {
        validate(draft);
        DialogueEntity d = dialogues.lockById(id.value()).orElseThrow();
        if (d.version() != expectedVersion) {
            throw new InvalidInputException("title", "dialogue.validation.changedMeanwhile");
        }
        if (d.status(clock.instant()) == DialogueStatus.CLOSED) {
            throw new InvalidInputException("closesAt", "dialogue.validation.closedAlready");
        }
        if (!instant(draft.closesAt()).isAfter(clock.instant())) {
            throw new InvalidInputException("closesAt", "dialogue.validation.closesInPast");
        }
        Instant closedAt = d.closesAt();
        describe(d, draft);
        // to the minute, as the form shows it: saving the form unchanged moves nothing
        if (!closedAt.truncatedTo(ChronoUnit.MINUTES).equals(d.closesAt().truncatedTo(ChronoUnit.MINUTES))) {
            for (long follower : follows.followers(id.value())) {
                publisher.publishEvent(new NotificationRequested(
                        follower,
                        NotificationKind.DIALOGUE_ANSWER,
                        "dialogue-closes:" + id.value() + ":" + d.closesAt().toEpochMilli(),
                        "dialogue.notify.closesAt.subject",
                        "dialogue.notify.closesAt.body",
                        List.of(d.title()),
                        d.closesAt(),
                        "/dialogues/" + id.value()));
            }
        }
    }

    /** Closes a dialogue before its time. */
    @Transactional
    public void close(DialogueId id) {
        dialogues.lockById(id.value()).orElseThrow().close(clock.instant());
    }

    @Transactional
    public void follow(DialogueId id, AccountId account, boolean follow) {
        dialogues.findById(id.value()).orElseThrow();
        FollowEntity.Key key = new FollowEntity.Key(id.value(), account.value());
        if (follow && !follows.existsById(key)) {
            follows.save(new FollowEntity(id.value(), account.value()));
        } else if (!follow) {
            follows.deleteById(key);
        }
    }

    @Transactional(readOnly = true)
    public boolean follows(DialogueId id, AccountId account) {
        return follows.existsById(new FollowEntity.Key(id.value(), account.value()));
    }

    private static void describe(DialogueEntity d, DialogueDraft draft) {
        d.describe(
                PlainText.line(draft.title()),
                RichText.clean(draft.background()).strip(),
                PlainText.line(draft.department()),
                draft.area() == null || draft.area().isBlank()
                        ? null
                        : draft.area().strip(),
                instant(draft.opensAt()),
                instant(draft.closesAt()),
                String.join(",", new TreeSet<>(draft.languages())),
                draft.premoderated());
        d.translate(
                TextTranslations.cleaned(draft.titleTranslations(), PlainText::line),
                TextTranslations.cleaned(
                        draft.backgroundTranslations(), t -> RichText.clean(t).strip()));
    }

    private static void validate(DialogueDraft d) {
        List<FieldError> errors = new ArrayList<>();
        int title = PlainText.line(d.title()).length();
        if (title < 3 || title > 200) {
            errors.add(new FieldError("title", "dialogue.validation.title"));
        }
        // translations are optional; given ones follow the Swedish text's limits (field "title.ar")
        d.titleTranslations().forEach((language, text) -> {
            if (PlainText.line(text).length() > 200) {
                errors.add(new FieldError("title." + language.code(), "dialogue.validation.title"));
            }
        });
        d.backgroundTranslations().forEach((language, text) -> {
            if (text.length() > 20_000) {
                errors.add(new FieldError("background." + language.code(), "dialogue.validation.background"));
            }
        });
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

    private static Instant instant(@Nullable LocalDateTime local) {
        if (local == null) {
            throw new IllegalArgumentException("time missing");
        }
        return local.atZone(Formats.MUNICIPALITY_ZONE).toInstant();
    }
}
