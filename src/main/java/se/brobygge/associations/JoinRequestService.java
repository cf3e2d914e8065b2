package se.brobygge.associations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.internal.AssociationAccess;
import se.brobygge.associations.internal.AssociationEntity;
import se.brobygge.associations.internal.AssociationProfiles;
import se.brobygge.associations.internal.AssociationRepository;
import se.brobygge.associations.internal.RequestEntity;
import se.brobygge.associations.internal.RequestRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * "I want to join" and "Ask a question": a resident writes to an association; its representatives
 * see an inbox, answer from the platform (the answer reaches the resident through notifications and
 * the mail outbox) and mark the outcome. The resident sees their requests under "My associations".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class JoinRequestService {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");

    private final RequestRepository requests;
    private final AssociationRepository associations;
    private final AssociationAccess access;
    private final Recipients recipients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    JoinRequestService(
            RequestRepository requests,
            AssociationRepository associations,
            AssociationAccess access,
            Recipients recipients,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.requests = requests;
        this.associations = associations;
        this.access = access;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Sends a join request or a question to an association that is not suspended.
     *
     * @param language the language the resident writes in
     * @throws InvalidInputException fields {@code message}, {@code contactPhone}
     */
    @Transactional
    public JoinRequest send(
            AssociationId associationId,
            RequestKind kind,
            String message,
            String language,
            ContactBy contactBy,
            @Nullable String contactPhone) {
        AccountId me = currentUser.require();
        AssociationEntity association = associations
                .findById(associationId.value())
                .filter(a -> !a.suspended())
                .orElseThrow(() -> new AccessDeniedException("No such association"));
        List<FieldError> errors = new ArrayList<>();
        String text = message.strip();
        if (text.length() < 2 || text.length() > 2000) {
            errors.add(new FieldError("message", "associations.validation.message"));
        }
        String phone = AssociationProfiles.blankToNull(contactPhone);
        if (contactBy == ContactBy.PHONE
                && (phone == null || !PHONE.matcher(phone).matches())) {
            errors.add(new FieldError("contactPhone", "associations.validation.phone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String lang = Language.byCode(language).map(Language::code).orElse(Language.DEFAULT.code());
        RequestEntity saved = requests.saveAndFlush(new RequestEntity(
                associationId.value(),
                me.value(),
                kind,
                text,
                lang,
                contactBy,
                contactBy == ContactBy.PHONE ? phone : null,
                clock.instant()));
        publisher.publishEvent(new JoinRequestSent(associationId, saved.id(), kind));
        access.tellRepresentatives(
                associationId,
                "request:" + saved.id(),
                "associations.mail.request.subject",
                "associations.mail.request.body",
                List.of(association.name(), currentUser.displayName().orElse("")),
                NotificationKind.ASSOCIATION_ANSWER);
        return toRecord(saved, association.name());
    }

    /** The association's requests, newest first, for its representatives and staff. */
    @Transactional(readOnly = true)
    public List<JoinRequest> inbox(AssociationId associationId) {
        access.requireManager(associationId);
        String name = associations.findById(associationId.value()).orElseThrow().name();
        List<RequestEntity> found = requests.ofAssociation(associationId.value());
        Map<AccountId, String> names = recipients.displayNames(
                found.stream().map(r -> new AccountId(r.accountId())).distinct().toList());
        return found.stream()
                .map(r -> r.toRecord(name, names.getOrDefault(new AccountId(r.accountId()), "?"), emailIfWanted(r)))
                .toList();
    }

    /** The signed-in resident's own requests with the answers. */
    @Transactional(readOnly = true)
    public List<JoinRequest> mine() {
        AccountId me = currentUser.require();
        List<RequestEntity> found = requests.ofAccount(me.value());
        Map<Long, String> names = new HashMap<>();
        associations
                .findAllByIdIn(found.stream()
                        .map(RequestEntity::associationId)
                        .distinct()
                        .toList())
                .forEach(a -> names.put(a.id(), a.name()));
        String myName = currentUser.displayName().orElse("");
        return found.stream()
                .map(r -> r.toRecord(names.getOrDefault(r.associationId(), "?"), myName, null))
                .toList();
    }

    /**
     * Answers a request; the resident is told (in-app and by mail, as they prefer).
     *
     * @throws EditConflictException when another representative changed the request meanwhile
     */
    @Transactional
    public JoinRequest answer(long requestId, String answer, long expectedVersion) {
        RequestEntity request = managed(requestId, expectedVersion);
        String text = answer.strip();
        if (text.length() < 2 || text.length() > 4000) {
            throw new InvalidInputException("answer", "associations.validation.answer");
        }
        request.answer(text, currentUser.require().value(), clock.instant());
        requests.flush();
        AssociationEntity association =
                associations.findById(request.associationId()).orElseThrow();
        publisher.publishEvent(new NotificationRequested(
                request.accountId(),
                NotificationKind.ASSOCIATION_ANSWER,
                "associations:answer:" + requestId + ":" + request.version(),
                "associations.mail.answer.subject",
                "associations.mail.answer.body",
                List.of(association.name(), text),
                null,
                "/my-associations"));
        return toRecord(request, association.name());
    }

    /** Marks the outcome (joined, declined, or back to answered/new). */
    @Transactional
    public JoinRequest mark(long requestId, RequestStatus status, long expectedVersion) {
        RequestEntity request = managed(requestId, expectedVersion);
        RequestStatus before = request.status();
        request.mark(status);
        requests.flush();
        if (status == RequestStatus.JOINED && before != RequestStatus.JOINED) {
            publisher.publishEvent(new MemberJoined(new AssociationId(request.associationId()), requestId));
        }
        return toRecord(
                request,
                associations.findById(request.associationId()).orElseThrow().name());
    }

    private RequestEntity managed(long requestId, long expectedVersion) {
        RequestEntity request = requests.findById(requestId).orElseThrow();
        access.requireManager(new AssociationId(request.associationId()));
        if (request.version() != expectedVersion) {
            throw new EditConflictException();
        }
        return request;
    }

    private @Nullable String emailIfWanted(RequestEntity r) {
        return r.contactBy() == ContactBy.EMAIL
                ? recipients
                        .of(new AccountId(r.accountId()))
                        .map(Recipients.Recipient::email)
                        .orElse(null)
                : null;
    }

    private JoinRequest toRecord(RequestEntity r, String associationName) {
        String name = recipients
                .displayNames(List.of(new AccountId(r.accountId())))
                .getOrDefault(new AccountId(r.accountId()), "?");
        return r.toRecord(associationName, name, emailIfWanted(r));
    }
}
