package se.brobygge.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.AccountProfile;

@Entity
@Table(name = "identity_account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    private @Nullable String area;

    @Column(name = "oidc_issuer")
    private @Nullable String oidcIssuer;

    @Column(name = "oidc_subject")
    private @Nullable String oidcSubject;

    @Column(name = "oidc_roles")
    private @Nullable String oidcRoles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised when every session of the account must end: see {@link #sessionEpoch()}. */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Version
    private long version;

    // SUBSELECT: a list of accounts loads all their languages and roles in one query each, not N
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "identity_account_language", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "language_code")
    private Set<String> languagesSpoken = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected Account() {
        this.email = "";
        this.displayName = "";
        this.preferredLanguage = "sv";
        this.createdAt = Instant.EPOCH;
    }

    public Account(String email, String displayName, String preferredLanguage, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public AccountId accountId() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return new AccountId(id);
    }

    public AccountProfile toProfile() {
        return new AccountProfile(
                accountId(),
                email,
                displayName,
                preferredLanguage,
                Set.copyOf(languagesSpoken),
                area,
                Set.copyOf(roles),
                emailVerified,
                passwordHash != null);
    }

    public String email() {
        return email;
    }

    /** A new address: the sessions signed in under the old one end (see {@link #sessionEpoch()}). */
    public void changeEmail(String email) {
        if (!email.equals(this.email)) {
            sessionEpoch++;
        }
        this.email = email;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public void markEmailVerified() {
        this.emailVerified = true;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    /** A new password: every session signed in with the old one ends (see {@link #sessionEpoch()}). */
    public void changePassword(String passwordHash) {
        if (!passwordHash.equals(this.passwordHash)) {
            sessionEpoch++;
        }
        this.passwordHash = passwordHash;
    }

    /**
     * The account's session generation. A session remembers the value it signed in with, and every
     * node ends the account's sessions with a lower one (identity.AccountSessions), so raising it
     * signs the account out everywhere.
     */
    public long sessionEpoch() {
        return sessionEpoch;
    }

    public String displayName() {
        return displayName;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public void updateProfile(
            String displayName, String preferredLanguage, Set<String> languagesSpoken, @Nullable String area) {
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
        this.languagesSpoken.clear();
        this.languagesSpoken.addAll(languagesSpoken);
        this.area = area;
    }

    public void changeLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public void linkOidc(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The roles the identity provider's groups gave at the last OIDC login, sorted and comma-separated; "" for none. */
    public String oidcRoles() {
        return oidcRoles == null ? "" : oidcRoles;
    }

    public void rememberOidcRoles(String roles) {
        this.oidcRoles = roles;
    }
}
