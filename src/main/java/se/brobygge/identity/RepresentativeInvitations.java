package se.brobygge.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.identity.internal.RepresentationEntity;
import se.brobygge.identity.internal.RepresentationRepository;
import se.brobygge.identity.internal.RepresentativeInvitationEntity;
import se.brobygge.identity.internal.RepresentativeInvitationRepository;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.Secrets;

/**
 * Representatives invite others to represent their organisation (an association, an employer) by
 * e-mail. The link holds a secret; only its digest is stored. The invitee accepts while signed in,
 * before the link expires, and can act for the organisation at once. The owning module builds the
 * link and tells the invitee (it knows the organisation's name and its pages).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RepresentativeInvitations {

    public static final Duration VALIDITY = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    /** Why a link cannot be used, or that it can. */
    public enum State {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    /**
     * A new invitation with the secret for its link (never stored), and the invitee's account when
     * the address belongs to one (then {@code language} is theirs).
     */
    public record Issued(
            RepresentativeInvitation invitation,
            String token,
            @Nullable AccountId inviteeAccount,
            @Nullable String inviteeLanguage) {}

    /** What a link leads to: its state, and the invitation when it is known. */
    public record Check(State state, @Nullable RepresentativeInvitation invitation) {}

    private final RepresentativeInvitationRepository invitations;
    private final RepresentationRepository representations;
    private final RepresentationService representationService;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    RepresentativeInvitations(
            RepresentativeInvitationRepository invitations,
            RepresentationRepository representations,
            RepresentationService representationService,
            AccountRepository accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.invitations = invitations;
        this.representations = representations;
        this.representationService = representationService;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Invites the owner of an e-mail address to represent the organisation. A new invitation to the
     * same address replaces an open one.
     *
     * @throws InvalidInputException field {@code email}: not an address, or already a representative
     * @throws AccessDeniedException unless the caller represents the organisation or is staff
     */
    @Transactional
    public Issued invite(OrganisationKind kind, long organisationId, String email, RepresentativeRole role) {
        representationService.requireManager(kind, organisationId);
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new InvalidInputException("email", "representatives.error.email");
        }
        var invitee = accounts.findByEmail(address);
        if (invitee.isPresent()
                && representations.exists(invitee.get().accountId().value(), kind, organisationId)) {
            throw new InvalidInputException("email", "representatives.error.alreadyRepresentative");
        }
        invitations.openFor(kind, organisationId, address).forEach(old -> old.cancel(clock.instant()));
        String token = Secrets.newUrlToken();
        RepresentativeInvitationEntity saved = invitations.save(new RepresentativeInvitationEntity(
                kind,
                organisationId,
                address,
                role,
                Secrets.sha256Hex(token),
                currentUser.require().value(),
                clock.instant(),
                clock.instant().plus(VALIDITY)));
        return new Issued(
                saved.toRecord(),
                token,
                invitee.map(a -> a.accountId()).orElse(null),
                invitee.map(a -> a.preferredLanguage()).orElse(null));
    }

    /** What the link leads to, for the page that offers to accept it. */
    @Transactional(readOnly = true)
    public Check check(String token) {
        return invitations
                .findByDigest(Secrets.sha256Hex(token))
                .map(i -> new Check(state(i), i.toRecord()))
                .orElse(new Check(State.UNKNOWN, null));
    }

    /**
     * The signed-in user accepts: they represent the organisation from now on, in the role the
     * invitation named.
     *
     * @throws InvalidInputException field {@code token}: unknown, already used or expired link
     */
    @Transactional
    public Representation accept(String token) {
        AccountId me = currentUser.require();
        RepresentativeInvitationEntity invitation = invitations
                .lockByDigest(Secrets.sha256Hex(token))
                .orElseThrow(() -> new InvalidInputException("token", "representatives.error.unknown"));
        switch (state(invitation)) {
            case EXPIRED -> throw new InvalidInputException("token", "representatives.error.expired");
            case USED -> throw new InvalidInputException("token", "representatives.error.used");
            default -> {}
        }
        if (representations.exists(me.value(), invitation.kind(), invitation.organisationId())) {
            throw new InvalidInputException("token", "representatives.error.alreadyYou");
        }
        invitation.accept(me.value(), clock.instant());
        RepresentationEntity granted = new RepresentationEntity(
                me.value(), invitation.kind(), invitation.organisationId(), clock.instant(), me.value());
        granted.changeRole(invitation.role());
        return representations.save(granted).toRecord();
    }

    /** Invitations not yet accepted, for the organisation's representatives and staff. */
    @Transactional(readOnly = true)
    public List<RepresentativeInvitation> pending(OrganisationKind kind, long organisationId) {
        representationService.requireManager(kind, organisationId);
        return invitations.pending(kind, organisationId, clock.instant()).stream()
                .map(RepresentativeInvitationEntity::toRecord)
                .toList();
    }

    /** Withdraws an invitation; its link stops working. */
    @Transactional
    public void cancel(long invitationId) {
        RepresentativeInvitationEntity invitation = invitations
                .findById(invitationId)
                .orElseThrow(() -> new InvalidInputException("invitation", "representatives.error.unknown"));
        representationService.requireManager(invitation.kind(), invitation.organisationId());
        invitation.cancel(clock.instant());
    }

    private State state(RepresentativeInvitationEntity invitation) {
        if (!invitation.open()) {
            return State.USED;
        }
        return invitation.expiredAt(clock.instant()) ? State.EXPIRED : State.VALID;
    }
}
