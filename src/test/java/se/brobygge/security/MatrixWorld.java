package se.brobygge.security;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationRepresentativeService;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.associations.AssociationService;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;
import se.brobygge.dialogue.TopicProposalService;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerTestData;
import se.brobygge.employers.InterestId;
import se.brobygge.employers.InterestService;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventReviewService;
import se.brobygge.events.EventService;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.ItemId;
import se.brobygge.moderation.ModerationAdminService;
import se.brobygge.moderation.ModerationService;
import se.brobygge.moderation.ModerationSettings;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReportService;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.privacy.DataExportService;
import se.brobygge.privacy.ExportStatus;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * The people and things one row of the authorization matrix is checked against, made fresh for
 * every service method so that one method's changes never decide another's cell. The objects
 * belong to {@code resident_own}, to the association {@code rep_this} represents and to the
 * employer {@code employer_this} represents; the other principals meet them as someone else's.
 * Objects are made on first use, through the modules' own services where that is simple.
 */
final class MatrixWorld {

    /** The principals in the order they call a method: least privileged first, so a permitted change comes last. */
    static final List<String> CALL_ORDER = List.of(
            "anonymous",
            "resident_other",
            "rep_other",
            "employer_other",
            "resident_own",
            "rep_this",
            "employer_this",
            "staff",
            "admin");

    /** The principals in the order of the table's columns. */
    static final List<String> COLUMNS = List.of(
            "anonymous",
            "resident_own",
            "resident_other",
            "rep_this",
            "rep_other",
            "employer_this",
            "employer_other",
            "staff",
            "admin");

    record Services(
            TestAccounts accounts,
            JdbcTemplate jdbc,
            AssociationService associations,
            AssociationReviewService associationReview,
            AssociationRepresentativeService associationRepresentatives,
            EmployerService employers,
            EventService events,
            EventEditingService editing,
            EventReviewService eventReview,
            SignUpService signUps,
            PlaceService places,
            PlacePhotoService photos,
            DialogueService dialogues,
            PostService posts,
            TopicProposalService proposals,
            PostingService postings,
            InterestService interests,
            SessionService sessions,
            ReportService reports,
            ModerationService moderation,
            CardService cards,
            ModerationAdminService moderationAdmin,
            DataExportService exports) {}

    private final Services s;
    private final Map<String, Object> made = new HashMap<>();

    final TestAccounts.Created residentOwn;
    final TestAccounts.Created residentOther;
    final TestAccounts.Created repThis;
    final TestAccounts.Created repOther;
    final TestAccounts.Created employerThis;
    final TestAccounts.Created employerOther;
    final TestAccounts.Created staff;
    final TestAccounts.Created admin;

    MatrixWorld(Services services) {
        this.s = services;
        residentOwn = s.accounts().create("Amal Matris", Roles.RESIDENT);
        residentOther = s.accounts().create("Erik Matris", Roles.RESIDENT);
        repThis = s.accounts().create("Sara Förening", Roles.RESIDENT);
        repOther = s.accounts().create("Omar Förening", Roles.RESIDENT);
        employerThis = s.accounts().create("Johan Företag", Roles.RESIDENT);
        employerOther = s.accounts().create("Nadia Företag", Roles.RESIDENT);
        staff = s.accounts().create("Lina Kommun", Roles.STAFF);
        admin = s.accounts().create("Anders Admin", Roles.STAFF, Roles.ADMIN);
    }

    /** Who a principal is, or null for an anonymous visitor. */
    TestAccounts.Created account(String principal) {
        return switch (principal) {
            case "anonymous" -> null;
            case "resident_own" -> residentOwn;
            case "resident_other" -> residentOther;
            case "rep_this" -> repThis;
            case "rep_other" -> repOther;
            case "employer_this" -> employerThis;
            case "employer_other" -> employerOther;
            case "staff" -> staff;
            case "admin" -> admin;
            default -> throw new IllegalArgumentException(principal);
        };
    }

    /** The roles a principal signs in with, as its authorities would give them. */
    static String[] roles(String principal) {
        return switch (principal) {
            case "rep_this", "rep_other" -> new String[] {Roles.RESIDENT, Roles.ASSOCIATION_REP};
            case "employer_this", "employer_other" -> new String[] {Roles.RESIDENT, Roles.EMPLOYER};
            case "staff" -> new String[] {Roles.STAFF};
            case "admin" -> new String[] {Roles.STAFF, Roles.ADMIN};
            default -> new String[] {Roles.RESIDENT};
        };
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String key, Supplier<T> make) {
        if (!made.containsKey(key)) {
            T value = make.get();
            made.put(key, value);
        }
        return (T) made.get(key);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    AssociationId association() {
        return once("association", () -> {
            AssociationId id = RunAs.as(
                    repThis,
                    Roles.RESIDENT,
                    () -> s.associations().register(SecurityTestData.association("Matris IF")));
            RunAs.run(staff, Roles.STAFF, () -> s.associationReview().verify(id));
            RunAs.as(
                    repOther,
                    Roles.RESIDENT,
                    () -> s.associations().register(SecurityTestData.association("Annan IF")));
            return id;
        });
    }

    EmployerId employer() {
        return once("employer", () -> {
            EmployerId id = RunAs.as(
                    employerThis,
                    Roles.RESIDENT,
                    () -> s.employers().register(EmployerTestData.employer(unique("Matris AB"))));
            RunAs.run(staff, Roles.STAFF, () -> s.employers().verify(id));
            EmployerId other = RunAs.as(
                    employerOther,
                    Roles.RESIDENT,
                    () -> s.employers().register(EmployerTestData.employer(unique("Annat AB"))));
            RunAs.run(staff, Roles.STAFF, () -> s.employers().verify(other));
            return id;
        });
    }

    long place() {
        return once(
                "place",
                () -> RunAs.as(
                                residentOwn,
                                Roles.RESIDENT,
                                () -> s.places().propose(PlaceTestData.details(unique("Matrishuset"), "Centrum")))
                        .id()
                        .value());
    }

    long photo() {
        return once(
                "photo",
                () -> RunAs.as(
                                staff,
                                Roles.STAFF,
                                () -> s.photos().upload(new PlaceId(place()), PlaceTestData.jpeg(40, 30), "Entrén"))
                        .id());
    }

    /** A published event of the association, with resident_own signed up. */
    EventId event() {
        return once("event", () -> {
            AssociationId organiser = association();
            var plain = TestEvents.draft(unique("Matriskväll"), 20);
            var draft = plain.toBuilder()
                    .placeId(null)
                    .childFriendly(false)
                    .costSek(null)
                    .capacity(20)
                    .signupDeadline(null)
                    .onBehalfOf(new OnBehalfOf(OrganisationKind.ASSOCIATION, organiser.value()))
                    .build();
            EventId id = RunAs.as(
                    repThis, MatrixWorld.roles("rep_this"), () -> s.editing().create(draft));
            try {
                RunAs.run(staff, Roles.STAFF, () -> s.eventReview().approveEvent(id));
            } catch (RuntimeException alreadyPublished) {
                // events of verified associations need no review
            }
            made.put(
                    "code",
                    RunAs.as(residentOwn, Roles.RESIDENT, () -> s.signUps().signUp(id))
                            .code());
            return id;
        });
    }

    String signUpCode() {
        event();
        return (String) made.get("code");
    }

    DialogueId dialogue() {
        return once(
                "dialogue",
                () -> RunAs.as(
                        staff,
                        Roles.STAFF,
                        () -> s.dialogues().open(DialogueTestData.draft(unique("Matrisdialog"), false))));
    }

    /** A post by resident_own. */
    PostId post() {
        return once(
                "post",
                () -> RunAs.as(
                        residentOwn,
                        Roles.RESIDENT,
                        () -> s.posts().post(dialogue(), "Biblioteket borde ha öppet på söndagar.", "sv")));
    }

    ContentRef content() {
        return new ContentRef("dialogue", "post", post().value());
    }

    /** The moderation item of resident_own's post, reported by someone else. */
    ItemId item() {
        return once("item", () -> {
            ContentRef ref = content();
            RunAs.run(
                    residentOther,
                    Roles.RESIDENT,
                    () -> s.reports().report(ref, ReportReason.values()[0], "Otrevligt"));
            return RunAs.as(staff, Roles.STAFF, () -> s.moderation().item(ref))
                    .orElseThrow()
                    .id();
        });
    }

    long topicProposal() {
        return once(
                "topicProposal",
                () -> RunAs.as(
                        residentOwn,
                        Roles.RESIDENT,
                        () -> s.proposals().propose("Fler bänkar i parken", "Det saknas platser att vila.", "sv")));
    }

    PostingId posting() {
        return once("posting", () -> {
            EmployerId employer = employer();
            PostingId id = RunAs.as(
                    employerThis,
                    MatrixWorld.roles("employer_this"),
                    () -> s.postings().post(EmployerTestData.posting(employer, unique("Praktik"), "51")));
            try {
                RunAs.run(staff, Roles.STAFF, () -> s.postings().approve(id));
            } catch (RuntimeException alreadyPublished) {
                // postings of verified employers may need no review
            }
            return id;
        });
    }

    InterestId interest() {
        return once("interest", () -> {
            PostingId posting = posting();
            RunAs.run(
                    residentOwn,
                    Roles.RESIDENT,
                    () -> s.cards().saveMyCard(EmployerTestData.card("51", Set.of("sv", "ar"), true)));
            return RunAs.as(
                    residentOwn, Roles.RESIDENT, () -> s.interests().express(posting, "Jag vill gärna prova på."));
        });
    }

    SessionId session() {
        return once("session", () -> {
            long placeId = EmployerTestData.place(staff, s.places());
            Map<ParticipantRole, Integer> quotas = new EnumMap<>(EmployerTestData.quotas(10, 5, 5, 2, 2));
            return RunAs.as(
                            staff,
                            Roles.STAFF,
                            () -> s.sessions()
                                    .create(EmployerTestData.session(unique("Jobbträff"), placeId, 24, quotas)))
                    .getFirst();
        });
    }

    /** An invitation of the association (or the employer) to a new representative. */
    long invitation(boolean employer) {
        if (employer) {
            return once("employerInvitation", () -> {
                EmployerId id = employer();
                return RunAs.as(
                                employerThis,
                                MatrixWorld.roles("employer_this"),
                                () -> s.employers()
                                        .invite(
                                                id,
                                                TestAccounts.uniqueEmail("kollega"),
                                                RepresentativeRole.values()[0]))
                        .id();
            });
        }
        return once("associationInvitation", () -> {
            AssociationId id = association();
            return RunAs.as(
                            repThis,
                            MatrixWorld.roles("rep_this"),
                            () -> s.associationRepresentatives()
                                    .invite(id, TestAccounts.uniqueEmail("ledamot"), RepresentativeRole.values()[0]))
                    .id();
        });
    }

    /** A third person resident_own talks to or is mentored by. */
    TestAccounts.Created counterpart() {
        return once("counterpart", () -> s.accounts().create("Fatima Mentor", Roles.RESIDENT));
    }

    long conversation() {
        return once("conversation", () -> {
            long a = Math.min(residentOwn.id().value(), counterpart().id().value());
            long b = Math.max(residentOwn.id().value(), counterpart().id().value());
            s.jdbc()
                    .update(
                            "INSERT INTO messaging_conversation (account_a, account_b, created_at) VALUES (?, ?, ?)",
                            a,
                            b,
                            Timestamp.from(Instant.now()));
            return s.jdbc()
                    .queryForObject(
                            "SELECT id FROM messaging_conversation WHERE account_a = ? AND account_b = ?",
                            Long.class,
                            a,
                            b);
        });
    }

    long message() {
        return once("message", () -> {
            long conversation = conversation();
            s.jdbc()
                    .update(
                            "INSERT INTO messaging_message (conversation_id, sender_id, body, sent_at) VALUES (?, ?, ?, ?)",
                            conversation,
                            counterpart().id().value(),
                            "Hej!",
                            Timestamp.from(Instant.now()));
            return s.jdbc()
                    .queryForObject(
                            "SELECT MAX(id) FROM messaging_message WHERE conversation_id = ?",
                            Long.class,
                            conversation);
        });
    }

    /** An active mentorship with resident_own as mentee. */
    long mentorship() {
        return once("mentorship", () -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            s.jdbc()
                    .update(
                            "INSERT INTO mentoring_mentorship (mentee_id, mentor_id, coordinator_id, status, "
                                    + "shared_languages, shared_interests, explanation, invited_at, expires_at, planned_months, "
                                    + "started_at, ends_at, version) VALUES (?, ?, ?, 'ACTIVE', 'sv', '', '', ?, ?, 6, ?, ?, 0)",
                            residentOwn.id().value(),
                            counterpart().id().value(),
                            staff.id().value(),
                            Timestamp.from(now.minus(10, ChronoUnit.DAYS)),
                            Timestamp.from(now.plus(4, ChronoUnit.DAYS)),
                            Timestamp.from(now.minus(5, ChronoUnit.DAYS)),
                            Timestamp.from(now.plus(170, ChronoUnit.DAYS)));
            return s.jdbc()
                    .queryForObject(
                            "SELECT MAX(id) FROM mentoring_mentorship WHERE mentee_id = ?",
                            Long.class,
                            residentOwn.id().value());
        });
    }

    long checkIn() {
        return once("checkIn", () -> {
            long mentorship = mentorship();
            s.jdbc()
                    .update(
                            "INSERT INTO mentoring_checkin (mentorship_id, month, created_at, alert) VALUES (?, 1, ?, false)",
                            mentorship,
                            Timestamp.from(Instant.now()));
            return s.jdbc()
                    .queryForObject("SELECT id FROM mentoring_checkin WHERE mentorship_id = ?", Long.class, mentorship);
        });
    }

    long joinRequest() {
        return once("joinRequest", () -> {
            AssociationId id = association();
            s.jdbc()
                    .update(
                            "INSERT INTO associations_request (association_id, account_id, kind, message, language_code, "
                                    + "contact_by, status, created_at) VALUES (?, ?, 'JOIN', 'Jag vill vara med.', 'sv', 'PLATFORM', "
                                    + "'NEW', ?)",
                            id.value(),
                            residentOwn.id().value(),
                            Timestamp.from(Instant.now()));
            return s.jdbc()
                    .queryForObject(
                            "SELECT MAX(id) FROM associations_request WHERE account_id = ?",
                            Long.class,
                            residentOwn.id().value());
        });
    }

    long activity() {
        return once("activity", () -> {
            AssociationId id = association();
            s.jdbc()
                    .update(
                            "INSERT INTO associations_activity (association_id, title, description, weekday, starts_at, "
                                    + "ends_at, recurrence, created_at) VALUES (?, 'Träning', 'Fotboll för alla.', 'TUESDAY', '18:00', "
                                    + "'19:30', 'WEEKLY', ?)",
                            id.value(),
                            Timestamp.from(Instant.now()));
            return s.jdbc()
                    .queryForObject(
                            "SELECT MAX(id) FROM associations_activity WHERE association_id = ?",
                            Long.class,
                            id.value());
        });
    }

    /** A ready export of resident_own's data. */
    long export() {
        return once(
                "export",
                () -> RunAs.as(residentOwn, Roles.RESIDENT, () -> {
                    long id = s.exports().requestMine().id();
                    long until = System.currentTimeMillis() + 30_000;
                    while (s.exports().mine().stream()
                            .noneMatch(e -> e.id() == id && e.status() == ExportStatus.READY)) {
                        if (System.currentTimeMillis() > until) {
                            throw new IllegalStateException("export " + id + " not ready in 30 s");
                        }
                        Thread.sleep(100);
                    }
                    return id;
                }));
    }

    ModerationSettings moderationSettings() {
        return RunAs.as(staff, Roles.STAFF, () -> s.moderationAdmin().settings());
    }

    static LocalDateTime nextWeek() {
        return LocalDateTime.now()
                .plusDays(7)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
    }

    static LocalDate inAWeek() {
        return LocalDate.now().plusDays(7);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}
