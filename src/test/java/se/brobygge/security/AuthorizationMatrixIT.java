package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.AssociationDraft;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationRepresentativeService;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.associations.AssociationService;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;
import se.brobygge.dialogue.TopicProposalService;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerDraft;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerTestData;
import se.brobygge.employers.InterestId;
import se.brobygge.employers.InterestService;
import se.brobygge.employers.PostingDraft;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.SessionDraft;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionService;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventReviewService;
import se.brobygge.events.EventService;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.events.SeriesId;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Roles;
import se.brobygge.insights.DashboardPeriod;
import se.brobygge.mentoring.RoundId;
import se.brobygge.moderation.ItemId;
import se.brobygge.moderation.ModerationAdminService;
import se.brobygge.moderation.ModerationService;
import se.brobygge.moderation.ModerationSettings;
import se.brobygge.moderation.ReportService;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.privacy.DataExportService;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestPrincipal;

/**
 * The authorization matrix: for every public method of every public service, who may call it.
 * The expected answer for each principal is declared in {@code authorization-matrix.csv} next to
 * this class (allow or deny, per method and principal) and checked by really calling the method as
 * that principal. Only denial counts: a call that fails for another reason (missing data, a wrong
 * version, bad input) was let through the access checks. A service method with no row fails.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    static final String TABLE = "authorization-matrix.csv";

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyPublicServiceMethodHasARowAndEveryRowAMethod() throws IOException {
        Set<String> methods = serviceMethods().keySet();
        Set<String> rows = table().keySet();
        assertThat(methods).as("service methods without a row in " + TABLE).isSubsetOf(rows);
        assertThat(rows)
                .as("rows in " + TABLE + " for methods that no longer exist")
                .isSubsetOf(methods);
        assertThat(methods).hasSizeGreaterThan(200);
    }

    @Test
    void everyCellHoldsWhenTheMethodIsCalledAsThatPrincipal() throws IOException {
        Map<String, Map<String, String>> expected = table();
        Map<String, Map<String, String>> observed = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        List<String> fixtureErrors = new ArrayList<>();
        MatrixWorld.Services services = services();
        for (var entry : serviceMethods().entrySet()) {
            String key = entry.getKey();
            Object bean = entry.getValue().bean();
            Method method = entry.getValue().method();
            boolean changesData = changesData(method);
            Map<String, String> row = new LinkedHashMap<>();
            MatrixWorld world = null;
            Object[] arguments = null;
            for (String principal : MatrixWorld.CALL_ORDER) {
                if (world == null) {
                    world = new MatrixWorld(services);
                    try {
                        arguments = arguments(world, method);
                    } catch (RuntimeException e) {
                        fixtureErrors.add(key + ": " + e);
                        break;
                    }
                }
                String answer = call(world, principal, bean, method, arguments);
                row.put(principal, answer);
                if (changesData && answer.equals("allow")) {
                    world = null; // the call may have changed or removed the objects: the next principal gets new ones
                }
            }
            if (row.size() < MatrixWorld.CALL_ORDER.size()) {
                continue;
            }
            observed.put(key, row);
            Map<String, String> declared = expected.get(key);
            if (declared != null
                    && MatrixWorld.COLUMNS.stream().anyMatch(p -> !row.get(p).equals(declared.get(p)))) {
                mismatches.add(key + "\n   declared: " + line(key, declared) + "\n   observed: " + line(key, row));
            }
        }
        writeObserved(observed);
        assertThat(fixtureErrors)
                .as("methods whose test data could not be made")
                .isEmpty();
        assertThat(mismatches)
                .as("cells where the service answers differently from " + TABLE
                        + " (all observed rows: target/authorization-matrix.observed.csv)")
                .isEmpty();
        int cells = observed.size() * MatrixWorld.COLUMNS.size();
        System.out.println("Authorization matrix: " + observed.size() + " methods x " + MatrixWorld.COLUMNS.size()
                + " principals = " + cells + " cells");
    }

    private String call(MatrixWorld world, String principal, Object bean, Method method, Object[] arguments) {
        signIn(world, principal);
        try {
            method.invoke(bean, arguments);
            return "allow";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AccessDeniedException || cause instanceof AuthenticationException
                    ? "deny"
                    : "allow";
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Whether a method may write: it runs in a transaction that is not read-only. */
    private static boolean changesData(Method method) {
        Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        if (transactional == null) {
            transactional = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), Transactional.class);
        }
        return transactional != null && !transactional.readOnly();
    }

    private static void signIn(MatrixWorld world, String principal) {
        TestAccounts.Created account = world.account(principal);
        if (account == null) {
            SecurityContextHolder.getContext()
                    .setAuthentication(new AnonymousAuthenticationToken(
                            "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            return;
        }
        var authorities = Arrays.stream(MatrixWorld.roles(principal))
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new TestPrincipal(account.id(), account.displayName(), account.email()), null, authorities));
    }

    record Target(Object bean, Method method) {}

    /** Every public method of every public {@code @Service} bean of the application, by its row key. */
    private Map<String, Target> serviceMethods() {
        Map<String, Target> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("se.brobygge") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers)
                        && !Modifier.isStatic(modifiers)
                        && !method.isSynthetic()
                        && !method.isBridge()) {
                    methods.put(key(type, method), new Target(bean, method));
                }
            }
        }
        return methods;
    }

    static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(" ")) + ")";
    }

    /** The declared table: method, then allow or deny per principal column. Lines starting with # are comments. */
    static Map<String, Map<String, String>> table() throws IOException {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            List<String> header = Arrays.stream(lines.getFirst().split(";"))
                    .map(String::strip)
                    .toList();
            assertThat(header)
                    .as("header of " + TABLE)
                    .isEqualTo(Stream.concat(Stream.of("method"), MatrixWorld.COLUMNS.stream())
                            .toList());
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells =
                        Arrays.stream(line.split(";")).map(String::strip).toList();
                assertThat(cells)
                        .as("cells of " + line)
                        .hasSize(header.size())
                        .allMatch(c -> c == cells.getFirst() || c.equals("allow") || c.equals("deny"));
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                assertThat(rows.put(cells.getFirst(), row))
                        .as("second row for " + cells.getFirst())
                        .isNull();
            }
        }
        return rows;
    }

    private static String line(String key, Map<String, String> row) {
        return key + ";" + MatrixWorld.COLUMNS.stream().map(row::get).collect(Collectors.joining(";"));
    }

    private static void writeObserved(Map<String, Map<String, String>> observed) throws IOException {
        int width = observed.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder out = new StringBuilder(pad("method", width) + ";"
                + MatrixWorld.COLUMNS.stream()
                        .map(c -> pad(c, 14))
                        .collect(Collectors.joining(";"))
                        .stripTrailing() + "\n");
        observed.forEach((key, row) -> out.append(pad(key, width))
                .append(';')
                .append(MatrixWorld.COLUMNS.stream()
                        .map(c -> pad(row.get(c), 14))
                        .collect(Collectors.joining(";"))
                        .stripTrailing())
                .append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authorization-matrix.observed.csv"), out);
    }

    private static String pad(String s, int width) {
        return String.format("%-" + width + "s", s);
    }

    private MatrixWorld.Services services() {
        return new MatrixWorld.Services(
                accounts,
                jdbc,
                context.getBean(AssociationService.class),
                context.getBean(AssociationReviewService.class),
                context.getBean(AssociationRepresentativeService.class),
                context.getBean(EmployerService.class),
                context.getBean(EventService.class),
                context.getBean(EventEditingService.class),
                context.getBean(EventReviewService.class),
                context.getBean(SignUpService.class),
                context.getBean(PlaceService.class),
                context.getBean(PlacePhotoService.class),
                context.getBean(DialogueService.class),
                context.getBean(PostService.class),
                context.getBean(TopicProposalService.class),
                context.getBean(PostingService.class),
                context.getBean(InterestService.class),
                context.getBean(SessionService.class),
                context.getBean(ReportService.class),
                context.getBean(ModerationService.class),
                context.getBean(CardService.class),
                context.getBean(ModerationAdminService.class),
                context.getBean(DataExportService.class));
    }

    // --- arguments: the world's objects by type, plain values by parameter name -------------------

    private static Object[] arguments(MatrixWorld world, Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = value(
                    world,
                    method.getDeclaringClass(),
                    parameters[i].getName(),
                    parameters[i].getType(),
                    parameters[i].getParameterizedType());
        }
        return values;
    }

    private static Object value(MatrixWorld w, Class<?> service, String name, Class<?> type, Type generic) {
        String owner = service.getSimpleName();
        if (type == long.class || type == Long.class) {
            return switch (name) {
                case "organisationId" -> w.association().value();
                case "mentorshipId" -> w.mentorship();
                case "conversationId" -> w.conversation();
                case "messageId" -> w.message();
                case "checkInId" -> w.checkIn();
                case "exportId" -> w.export();
                case "activityId" -> w.activity();
                case "requestId" -> w.joinRequest();
                case "photoId" -> w.photo();
                case "placeId" -> w.place();
                case "proposalId" -> owner.equals("TopicProposalService") ? w.topicProposal() : 0L;
                case "invitationId" -> w.invitation(owner.equals("EmployerService"));
                case "accountId", "toAccountId", "accountA" ->
                    w.residentOwn.id().value();
                case "otherAccountId", "fromAccountId", "accountB", "startWith" ->
                    w.counterpart().id().value();
                default -> type == Long.class ? null : 0L;
            };
        }
        if (type == int.class || type == Integer.class) {
            return switch (name) {
                case "offset", "table" -> 0;
                case "limit", "max", "occurrences" -> 10;
                default -> 1;
            };
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == String.class) {
            return switch (name) {
                case "word" -> "matrisord" + UUID.randomUUID().toString().substring(0, 8);
                case "code" -> w.signUpCode();
                case "email" -> TestAccounts.uniqueEmail("matris");
                case "role" -> Roles.STAFF;
                case "language" -> "sv";
                case "secret", "token", "rawToken" -> UUID.randomUUID().toString();
                default -> "Ett prov från behörighetsmatrisen";
            };
        }
        if (type == AccountId.class) {
            return switch (name) {
                case "otherAccountId", "fromAccountId", "accountB", "startWith" ->
                    w.counterpart().id();
                default -> w.residentOwn.id();
            };
        }
        if (type == AssociationId.class) {
            return w.association();
        }
        if (type == EmployerId.class) {
            return w.employer();
        }
        if (type == EventId.class) {
            return w.event();
        }
        if (type == SeriesId.class) {
            return new SeriesId(0);
        }
        if (type == PlaceId.class) {
            return new PlaceId(w.place());
        }
        if (type == DialogueId.class) {
            return w.dialogue();
        }
        if (type == PostId.class) {
            return w.post();
        }
        if (type == PostingId.class) {
            return w.posting();
        }
        if (type == InterestId.class) {
            return w.interest();
        }
        if (type == SessionId.class) {
            return w.session();
        }
        if (type == ItemId.class) {
            return w.item();
        }
        if (type == ContentRef.class) {
            return w.content();
        }
        if (type == RoundId.class) {
            return new RoundId(0);
        }
        if (type == OrganisationKind.class) {
            return OrganisationKind.ASSOCIATION;
        }
        if (type == OnBehalfOf.class) {
            return new OnBehalfOf(OrganisationKind.ASSOCIATION, w.association().value());
        }
        if (type == Locale.class) {
            return Locale.forLanguageTag("sv");
        }
        if (type == Instant.class) {
            return Instant.now().minus(1, ChronoUnit.DAYS);
        }
        if (type == LocalDate.class) {
            return MatrixWorld.inAWeek();
        }
        if (type == LocalDateTime.class) {
            return MatrixWorld.nextWeek();
        }
        if (type == LocalTime.class) {
            return LocalTime.of(18, 0);
        }
        if (type == BigDecimal.class) {
            return MatrixWorld.zero();
        }
        if (type == byte[].class) {
            return PlaceTestData.jpeg(40, 30);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == ModerationSettings.class) {
            // the settings apply to everyone: a change to the same values leaves other tests alone
            return w.moderationSettings();
        }
        if (type == EventDraft.class) {
            var plain = TestEvents.draft("Matriskväll", 20);
            return plain.toBuilder()
                    .placeId(null)
                    .childFriendly(false)
                    .costSek(null)
                    .capacity(20)
                    .signupDeadline(null)
                    .quotas(List.of())
                    .approvalRequired(false)
                    .questions(List.of())
                    .onBehalfOf(new OnBehalfOf(
                            OrganisationKind.ASSOCIATION, w.association().value()))
                    .build();
        }
        if (type == AssociationDraft.class) {
            return SecurityTestData.association("Matris IF");
        }
        if (type == EmployerDraft.class) {
            return EmployerTestData.employer(
                    "Matris AB " + UUID.randomUUID().toString().substring(0, 6));
        }
        if (type == PostingDraft.class) {
            return EmployerTestData.posting(w.employer(), "Praktik i matrisen", "51");
        }
        if (type == DialogueDraft.class) {
            return DialogueTestData.draft("Matrisdialog", false);
        }
        if (type == PlaceDetails.class) {
            return PlaceTestData.details(PlaceTestData.uniqueName("Matrishuset"), "Centrum");
        }
        if (type == DashboardPeriod.class) {
            return DashboardPeriod.month(YearMonth.of(2026, 1));
        }
        if (type == SessionDraft.class) {
            return EmployerTestData.session("Jobbträff", w.place(), 24, EmployerTestData.quotas(10, 5, 5, 2, 2));
        }
        if (List.class.isAssignableFrom(type) || type == Collection.class) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = value(
                        w, service, components[i].getName(), components[i].getType(), components[i].getGenericType());
            }
            try {
                var constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
            }
        }
        if (type.isInterface()) {
            // callbacks (progress listeners, translators): do nothing, answer the neutral value
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
                if (m.getDeclaringClass() == Object.class) {
                    return switch (m.getName()) {
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> type.getSimpleName();
                    };
                }
                if (m.getReturnType() == String.class) {
                    return args != null && args.length > 0 ? String.valueOf(args[0]) : "";
                }
                return m.getReturnType() == boolean.class ? false : null;
            });
        }
        if (generic instanceof ParameterizedType) {
            return null;
        }
        return null;
    }
}
