package se.brobygge.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.text.PlainText;

/** The signed-in user's own base profile, and account administration for admins and staff. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final List<String> areas;
    private final AccessAudit audit;

    AccountService(
            AccountRepository accounts, CurrentUser currentUser, BrobyggeProperties properties, AccessAudit audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.areas = properties.municipality().areas();
    }

    /** The areas of the municipality a user can choose from. */
    @PreAuthorize("permitAll()")
    public List<String> areas() {
        return areas;
    }

    @Transactional(readOnly = true)
    public AccountProfile myProfile() {
        return own().toProfile();
    }

    /**
     * @throws InvalidInputException with field errors (displayName, preferredLanguage,
     *                               languagesSpoken, area); nothing is saved
     */
    @Transactional
    public AccountProfile updateMyProfile(ProfileUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        String displayName = PlainText.line(update.displayName());
        if (displayName.length() < 2 || displayName.length() > 80) {
            errors.add(new FieldError("displayName", "validation.displayName.length"));
        }
        if (Language.byCode(update.preferredLanguage()).isEmpty()) {
            errors.add(new FieldError("preferredLanguage", "validation.language.unknown"));
        }
        if (update.languagesSpoken().size() > 20
                || update.languagesSpoken().stream().anyMatch(code -> !code.matches("[a-z]{2,3}"))) {
            errors.add(new FieldError("languagesSpoken", "validation.language.unknown"));
        }
        if (update.area() != null && !areas.contains(update.area())) {
            errors.add(new FieldError("area", "validation.area.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = own();
        account.updateProfile(
                displayName, update.preferredLanguage(), new HashSet<>(update.languagesSpoken()), update.area());
        return accounts.saveAndFlush(account).toProfile();
    }

    /** Remembers the language a signed-in user picked in the language switcher. */
    @Transactional
    public void changeMyLanguage(Language language) {
        own().changeLanguage(language.code());
    }

    /** Accounts matching a name or address, for administrators; the search is in the staff-access audit. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public List<AccountProfile> search(String query) {
        List<AccountProfile> found = accounts.search(query.strip(), PageRequest.of(0, 50)).stream()
                .map(Account::toProfile)
                .toList();
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.PROFILE_READ,
                found.size() == 1 ? found.getFirst().id().value() : null,
                "identity:account-search:" + found.size(),
                "/admin/accounts"));
        return found;
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public AccountProfile grantRole(AccountId accountId, String role) {
        if (!Roles.GRANTABLE.contains(role)) {
            throw new IllegalArgumentException("Role cannot be granted directly: " + role);
        }
        Account account = accounts.findById(accountId.value()).orElseThrow();
        if (!account.roles().contains(role)) {
            audit.record(new StaffAccess(
                    currentUser.require().value(),
                    AccessKind.ROLE_CHANGE,
                    accountId.value(),
                    "grant:" + role,
                    "/admin/accounts"));
        }
        account.roles().add(role);
        return accounts.saveAndFlush(account).toProfile();
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public AccountProfile revokeRole(AccountId accountId, String role) {
        if (accountId.equals(currentUser.require()) && Roles.ADMIN.equals(role)) {
            // an administrator cannot lock everyone out by removing their own rights
            throw new AccessDeniedException("Admins cannot revoke their own ADMIN role");
        }
        Account account = accounts.findById(accountId.value()).orElseThrow();
        if (account.roles().contains(role)) {
            audit.record(new StaffAccess(
                    currentUser.require().value(),
                    AccessKind.ROLE_CHANGE,
                    accountId.value(),
                    "revoke:" + role,
                    "/admin/accounts"));
        }
        account.roles().remove(role);
        return accounts.saveAndFlush(account).toProfile();
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public AccountStatistics statistics() {
        Map<String, Long> perRole = new TreeMap<>();
        for (Object[] row : accounts.countPerRole()) {
            perRole.put((String) row[0], (Long) row[1]);
        }
        return new AccountStatistics(accounts.count(), accounts.countByEmailVerifiedTrue(), perRole);
    }

    private Account own() {
        return accounts.findById(currentUser.require().value())
                .orElseThrow(() -> new AccessDeniedException("No account"));
    }
}
