package se.brobygge.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shell.internal.LanguageReviewEntity;
import se.brobygge.shell.internal.LanguageReviewRepository;

/**
 * Which languages a municipal translator has checked. Until one has, the language's pages say so
 * in that language. Recording a check is a setting an administrator changes here, not a release.
 * Every node reads the record again at most half a minute after another node changed it.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class LanguageReviewService {

    private static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final int MAX_CHECKED_BY = 200;

    private final LanguageReviewRepository reviews;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    private volatile Set<Language> checked = Set.of();
    private volatile Instant readAt = Instant.MIN;

    LanguageReviewService(
            LanguageReviewRepository reviews, TranslationProvider translations, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether a translator has checked the language; anyone may ask, every page does. */
    @PreAuthorize("permitAll()")
    public boolean isChecked(Language language) {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            checked = reviews.findAll().stream()
                    .flatMap(r -> Language.byCode(r.language()).stream())
                    .collect(Collectors.toUnmodifiableSet());
            readAt = now;
        }
        return checked.contains(language);
    }

    /** Every language with its status, in the order of the language switcher. */
    @Transactional(readOnly = true)
    public List<LanguageStatus> statuses() {
        Map<String, LanguageReviewEntity> byCode =
                reviews.findAll().stream().collect(Collectors.toMap(LanguageReviewEntity::language, r -> r));
        return Arrays.stream(Language.values())
                .map(language -> {
                    LanguageReviewEntity review = byCode.get(language.code());
                    return new LanguageStatus(
                            language,
                            translations.translatedCount(language),
                            translations.textCount(),
                            translations.isComplete(language),
                            review == null ? null : review.checkedBy(),
                            review == null ? null : review.checkedOn());
                })
                .toList();
    }

    /** Records that a translator (a person or an agency) checked the language on a day. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public void markChecked(Language language, String checkedBy, LocalDate checkedOn) {
        String who = checkedBy.strip();
        if (who.isEmpty()) {
            throw new InvalidInputException("checkedBy", "languages.review.checkedBy.required");
        }
        if (who.length() > MAX_CHECKED_BY) {
            throw new InvalidInputException("checkedBy", "languages.review.checkedBy.tooLong");
        }
        if (checkedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("checkedOn", "languages.review.checkedOn.future");
        }
        reviews.save(new LanguageReviewEntity(
                language.code(), who, checkedOn, currentUser.require().value(), clock.instant()));
        readAt = Instant.MIN;
    }

    /** Takes a check back, e.g. after large changes to the texts: the notice shows again. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public void markUnchecked(Language language) {
        if (language == Language.SWEDISH) {
            throw new InvalidInputException("language", "languages.review.source");
        }
        reviews.deleteById(language.code());
        readAt = Instant.MIN;
    }
}
