package se.brobygge.dialogue.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueStatistics;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.dialogue.Summary;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.csv.CsvWriter;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.pdf.PdfDocument;

/** What a dialogue gives decision makers: the closing summary, statistics, PDF and CSV exports. */
@Component
public class Summaries {

    private final DialogueRepository dialogues;
    private final PostRepository posts;
    private final FollowRepository follows;
    private final ApplicationEventPublisher publisher;
    private final TranslationProvider translations;
    private final Clock clock;

    Summaries(
            DialogueRepository dialogues,
            PostRepository posts,
            FollowRepository follows,
            ApplicationEventPublisher publisher,
            TranslationProvider translations,
            Clock clock) {
        this.dialogues = dialogues;
        this.posts = posts;
        this.follows = follows;
        this.publisher = publisher;
        this.translations = translations;
        this.clock = clock;
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
        summary.heardTranslations().forEach((language, text) -> {
            if (text.length() > 20_000) {
                errors.add(new FieldError("heard." + language.code(), "dialogue.validation.summaryText"));
            }
        });
        summary.actionsTranslations().forEach((language, text) -> {
            if (text.length() > 20_000) {
                errors.add(new FieldError("actions." + language.code(), "dialogue.validation.summaryText"));
            }
        });
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
        boolean first = d.summarise(
                summary.heard().strip(),
                summary.actions().strip(),
                summary.reportBack(),
                TextTranslations.cleaned(summary.heardTranslations(), String::strip),
                TextTranslations.cleaned(summary.actionsTranslations(), String::strip),
                now);
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
                        List.of(d.title()),
                        null,
                        "/dialogues/" + d.id()));
            }
        }
    }

    @Transactional(readOnly = true)
    public DialogueStatistics statistics(DialogueId id) {
        return statistics(posts.visible(id.value()));
    }

    private static DialogueStatistics statistics(List<PostEntity> visible) {
        Map<String, Long> languages = new TreeMap<>();
        Set<Long> people = new HashSet<>();
        long count = 0;
        for (PostEntity p : visible) {
            if (p.official()) {
                continue;
            }
            count++;
            people.add(p.authorId());
            languages.merge(p.language(), 1L, Long::sum);
        }
        return new DialogueStatistics(count, people.size(), languages);
    }

    /** The material for decision makers: question, summary, statistics and every visible post. */
    @Transactional(readOnly = true)
    public byte[] pdf(DialogueId id, Locale locale) {
        Dialogue d = dialogues.findById(id.value()).orElseThrow().toDialogue(clock.instant());
        List<PostEntity> visible = posts.visible(id.value());
        DialogueStatistics stats = statistics(visible);
        PdfDocument doc = new PdfDocument(locale.getLanguage(), d.title());
        doc.facts(List.of(
                List.of(t("dialogue.field.department", locale), d.department()),
                List.of(t("dialogue.field.area", locale), d.area() == null ? "–" : d.area()),
                List.of(
                        t("dialogue.field.window", locale),
                        Formats.dateTime(d.opensAt(), locale) + " – " + Formats.dateTime(d.closesAt(), locale)),
                List.of(t("dialogue.stats.posts", locale), Formats.number(stats.posts(), locale)),
                List.of(t("dialogue.stats.participants", locale), Formats.number(stats.participants(), locale)),
                List.of(t("dialogue.stats.languages", locale), languages(stats.languages(), locale))));
        doc.heading(t("dialogue.field.background", locale)).paragraph(d.background());
        Summary summary = d.summary();
        if (summary != null) {
            doc.heading(t("dialogue.summary.heard", locale)).paragraph(summary.heard());
            doc.heading(t("dialogue.summary.actions", locale)).paragraph(summary.actions());
            if (summary.reportBack() != null) {
                doc.heading(t("dialogue.summary.reportBack", locale))
                        .paragraph(Formats.longDate(summary.reportBack(), locale));
            }
        }
        doc.heading(t("dialogue.export.posts", locale));
        for (PostEntity p : visible) {
            String who = p.official()
                    ? t("dialogue.post.official", locale, p.department() == null ? "" : p.department())
                    : (p.parentId() == null ? t("dialogue.export.post", locale) : t("dialogue.export.reply", locale));
            doc.note(who + " · " + Formats.dateTime(p.createdAt(), locale) + " · "
                    + LanguageNames.of(p.language(), locale) + " · "
                    + t("dialogue.reaction.AGREE", locale) + ": " + p.agreeCount() + " · "
                    + t("dialogue.reaction.IMPORTANT", locale) + ": " + p.importantCount());
            doc.paragraph(p.body(), p.language());
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
                    p.parentId() == null ? "" : p.parentId(),
                    p.createdAt().toString(),
                    p.language(),
                    p.official() ? (p.department() == null ? "" : p.department()) : "",
                    p.body(),
                    p.agreeCount(),
                    p.importantCount());
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
}
