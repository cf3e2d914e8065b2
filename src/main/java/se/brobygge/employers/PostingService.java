package se.brobygge.employers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.EmployerAccess;
import se.brobygge.employers.internal.EmployerEntity;
import se.brobygge.employers.internal.EmployerRepository;
import se.brobygge.employers.internal.PostingEntity;
import se.brobygge.employers.internal.PostingRepository;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.occupation.Occupations;
import se.brobygge.shared.text.PlainText;

/**
 * Internships and jobs. Representatives post and close; a verified employer's post is published at
 * once, an unverified one's waits for staff approval. Everyone signed in browses published posts.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PostingService {

    private final PostingRepository postings;
    private final EmployerRepository employers;
    private final EmployerAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PostingService(
            PostingRepository postings,
            EmployerRepository employers,
            EmployerAccess access,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            JdbcTemplate jdbc,
            Clock clock) {
        this.postings = postings;
        this.employers = employers;
        this.access = access;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Posts an internship or job for an employer I represent.
     *
     * @throws InvalidInputException field errors; nothing saved
     */
    @Transactional
    public PostingId post(PostingDraft draft) {
        access.requireRepresentative(draft.employerId().value());
        EmployerEntity employer = employers.findById(draft.employerId().value()).orElseThrow();
        validate(draft);
        PostingEntity posting =
                new PostingEntity(employer.id().value(), currentUser.require().value(), clock.instant());
        posting.describe(draft);
        posting.publish(employer.trusted());
        posting = postings.saveAndFlush(posting);
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef("employers", "posting", posting.id().value()),
                currentUser.require().value(),
                posting.text(),
                null,
                "/jobs/" + posting.id().value(),
                clock.instant()));
        return posting.id();
    }

    /**
     * Changes a published (or closed) post of an employer I represent. For an employer staff do not
     * yet trust, a published post waits for approval again. When the period or the area changes,
     * everyone whose interest is still active is told.
     *
     * @throws InvalidInputException field errors; nothing saved
     */
    @Transactional
    public void update(PostingId id, PostingDraft draft) {
        PostingEntity posting = postings.findById(id.value()).orElseThrow();
        access.requireRepresentative(posting.employerId());
        validate(draft);
        EmployerEntity employer = employers.findById(posting.employerId()).orElseThrow();
        Posting before = posting.toRecord(employer.name(), employer.trusted());
        posting.describe(draft);
        if (posting.status() == PostingStatus.PUBLISHED && !employer.trusted()) {
            posting.publish(false);
        }
        postings.flush();
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef("employers", "posting", id.value()),
                currentUser.require().value(),
                posting.text(),
                null,
                "/jobs/" + id.value(),
                clock.instant()));
        Posting after = posting.toRecord(employer.name(), employer.trusted());
        if (!Objects.equals(before.periodFrom(), after.periodFrom())
                || !Objects.equals(before.periodTo(), after.periodTo())
                || !before.area().equals(after.area())) {
            for (long person : activeInterest(id)) {
                publisher.publishEvent(new NotificationRequested(
                        person,
                        NotificationKind.EMPLOYER_SESSION,
                        "employers-posting-changed-" + id.value() + "-" + clock.millis(),
                        "employers.notify.postingChanged.subject",
                        "employers.notify.postingChanged.body",
                        List.of(posting.title()),
                        null,
                        "/jobs/" + id.value()));
            }
        }
    }

    private List<Long> activeInterest(PostingId id) {
        return jdbc.query(
                "select account_id from employers_interest where posting_id = ? and status in ('SENT', 'INTERVIEW', 'OFFERED')",
                (rs, n) -> rs.getLong(1),
                id.value());
    }

    /** Closes a posting: it leaves the list; interest already sent stays. */
    @Transactional
    public void close(PostingId id) {
        PostingEntity posting = postings.findById(id.value()).orElseThrow();
        access.requireRepresentative(posting.employerId());
        posting.close();
    }

    /** Publishes a closed posting again, or (for an unverified employer) sends it back for approval. */
    @Transactional
    public void reopen(PostingId id) {
        PostingEntity posting = postings.findById(id.value()).orElseThrow();
        access.requireRepresentative(posting.employerId());
        boolean trusted = employers
                .findById(posting.employerId())
                .map(EmployerEntity::trusted)
                .orElse(false);
        posting.publish(trusted);
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Posting> awaitingApproval() {
        return toRecords(postings.withStatus(PostingStatus.PENDING_APPROVAL));
    }

    /** How many postings wait for approval (the staff inbox). */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public long awaitingApprovalCount() {
        return postings.countByStatus(PostingStatus.PENDING_APPROVAL);
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional
    public void approve(PostingId id) {
        PostingEntity posting = postings.findById(id.value()).orElseThrow();
        posting.approve();
    }

    /** Published, visible posts matching the filters, newest first. */
    @Transactional(readOnly = true)
    public List<Posting> browse(PostingFilter filter) {
        List<LanguageLevel> levels = filter.languageLevel() == null
                ? List.of(LanguageLevel.values())
                : Arrays.stream(LanguageLevel.values())
                        .filter(l -> filter.languageLevel().meets(l))
                        .toList();
        String occupation = filter.occupation() == null || filter.occupation().isBlank()
                ? null
                : filter.occupation().strip();
        if (occupation != null && Occupations.byCode(occupation).isEmpty()) {
            return List.of(); // a code outside the list finds nothing, and no LIKE wildcard reaches the query
        }
        return toRecords(postings.published(
                occupation == null ? null : Occupations.browsePrefix(occupation) + "%",
                occupation == null ? null : Occupations.group(occupation),
                filter.area(),
                levels,
                filter.availableFrom(),
                filter.kind()));
    }

    /** A post: published ones for everyone; others for the employer's representatives and staff. */
    @Transactional(readOnly = true)
    public Optional<Posting> posting(PostingId id) {
        return postings.findById(id.value())
                .filter(p -> p.status() == PostingStatus.PUBLISHED && !p.hidden()
                        || access.isStaff()
                        || access.mayRepresent(p.employerId()))
                .map(p -> toRecords(List.of(p)).getFirst());
    }

    /** All posts of an employer I represent. */
    @Transactional(readOnly = true)
    public List<Posting> ofEmployer(EmployerId id) {
        if (!access.mayRepresent(id.value()) && !access.isStaff()) {
            throw new AccessDeniedException("Only the employer's representatives see all its posts");
        }
        return toRecords(postings.ofEmployer(id.value()));
    }

    @Transactional
    public void save(PostingId id, boolean saved) {
        long me = currentUser.require().value();
        jdbc.update("delete from employers_saved where account_id = ? and posting_id = ?", me, id.value());
        if (saved) {
            postings.findById(id.value()).orElseThrow();
            jdbc.update("insert into employers_saved (posting_id, account_id) values (?, ?)", id.value(), me);
        }
    }

    @Transactional(readOnly = true)
    public List<Posting> saved() {
        long me = currentUser.require().value();
        List<Long> ids = jdbc.query(
                "select posting_id from employers_saved where account_id = ?", (rs, row) -> rs.getLong(1), me);
        return ids.isEmpty()
                ? List.of()
                : toRecords(postings.findAllByIds(ids)).stream()
                        .filter(p -> p.status() == PostingStatus.PUBLISHED && !p.hidden())
                        .toList();
    }

    List<Posting> toRecords(List<PostingEntity> list) {
        Map<Long, EmployerEntity> byId = new HashMap<>();
        List<Long> ids = list.stream().map(PostingEntity::employerId).distinct().toList();
        if (!ids.isEmpty()) {
            employers.findAllByIds(ids).forEach(e -> byId.put(e.id().value(), e));
        }
        return list.stream()
                .map(p -> {
                    EmployerEntity e = byId.get(p.employerId());
                    return p.toRecord(e == null ? "?" : e.name(), e != null && e.trusted());
                })
                .toList();
    }

    private void validate(PostingDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "employers.validation.required"));
        }
        if (PlainText.line(d.title()).length() < 3 || PlainText.line(d.title()).length() > 150) {
            errors.add(new FieldError("title", "employers.validation.title"));
        }
        if (d.occupation() == null || d.occupation().isBlank()) {
            errors.add(new FieldError("occupation", "employers.validation.required"));
        } else if (Occupations.byCode(d.occupation().strip()).isEmpty()) {
            errors.add(new FieldError("occupation", "employers.validation.occupation"));
        }
        if (d.description().isBlank() || d.description().length() > 5000) {
            errors.add(new FieldError("description", "employers.validation.description"));
        }
        if (d.area() == null || d.area().isBlank()) {
            errors.add(new FieldError("area", "employers.validation.required"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        if (d.periodFrom() == null) {
            errors.add(new FieldError("periodFrom", "employers.validation.required"));
        } else if (d.periodFrom().isBefore(today.minusDays(1))) {
            errors.add(new FieldError("periodFrom", "employers.validation.periodInPast"));
        }
        if (d.periodTo() != null && d.periodFrom() != null && d.periodTo().isBefore(d.periodFrom())) {
            errors.add(new FieldError("periodTo", "employers.validation.periodEnd"));
        }
        if (d.hours().isBlank() || d.hours().length() > 80) {
            errors.add(new FieldError("hours", "employers.validation.required"));
        }
        if (d.swedishLevel() == null) {
            errors.add(new FieldError("swedishLevel", "employers.validation.required"));
        }
        if (d.support().length() > 2000) {
            errors.add(new FieldError("support", "employers.validation.long"));
        }
        if (d.accessibility().length() > 2000) {
            errors.add(new FieldError("accessibility", "employers.validation.long"));
        }
        if (d.contact().isBlank() || d.contact().length() > 200) {
            errors.add(new FieldError("contact", "employers.validation.required"));
        }
        // translations are optional; given ones follow the Swedish text's limits (field "title.ar")
        tooLong(errors, "title", d.titleTranslations(), 150, "employers.validation.title");
        tooLong(errors, "description", d.descriptionTranslations(), 5000, "employers.validation.description");
        tooLong(errors, "hours", d.hoursTranslations(), 80, "employers.validation.long");
        tooLong(errors, "support", d.supportTranslations(), 2000, "employers.validation.long");
        tooLong(errors, "accessibility", d.accessibilityTranslations(), 2000, "employers.validation.long");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static void tooLong(List<FieldError> errors, String field, Map<Language, String> texts, int max, String key) {
        texts.forEach((language, text) -> {
            if (text.strip().length() > max) {
                errors.add(new FieldError(field + "." + language.code(), key));
            }
        });
    }
}
