package se.brobygge.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountRows;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * The account itself, its languages, roles, tokens, representations and invitations. Erasing
 * keeps the account row, so records elsewhere still point somewhere, but blanks everything that
 * identifies the person: e-mail (replaced by an address that cannot receive mail), name, area,
 * password and OIDC identity; roles, tokens and representations are removed. Runs last.
 */
@Component
class IdentityPersonalData extends AccountTables {

    /** The e-mail an erased account keeps: unique, and no mail can be delivered to it. */
    static String erasedEmail(long accountId) {
        return "deleted-" + accountId + "@deleted.invalid";
    }

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "identity_account", Set.of("id"),
            "identity_account_language", Set.of("account_id"),
            "identity_account_role", Set.of("account_id"),
            "identity_token", Set.of("account_id"),
            "identity_representation", Set.of("account_id", "granted_by"),
            "identity_representative_invitation", Set.of("invited_by", "accepted_by"));

    IdentityPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "identity", COLUMNS, "password_hash", "token_hash", "token_digest", "version", "session_epoch");
    }

    @Override
    public Map<String, Object> export(long accountId) {
        AccountRows rows = rows();
        Map<String, Object> data = new LinkedHashMap<>(super.export(accountId));
        data.put(
                "invitations_to_me",
                rows.query(
                        "SELECT i.organisation_kind, i.organisation_id, "
                                + "i.representative_role, i.invited_at, i.accepted_at FROM identity_representative_invitation i "
                                + "JOIN identity_account a ON a.email = i.email WHERE a.id = ?",
                        accountId));
        return data;
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM identity_representative_invitation WHERE email = ?", person.email());
        jdbc.update("DELETE FROM identity_token WHERE account_id = ?", id);
        jdbc.update("DELETE FROM identity_representation WHERE account_id = ?", id);
        jdbc.update("UPDATE identity_representation SET granted_by = NULL WHERE granted_by = ?", id);
        jdbc.update("DELETE FROM identity_account_role WHERE account_id = ?", id);
        jdbc.update("DELETE FROM identity_account_language WHERE account_id = ?", id);
        jdbc.update(
                "UPDATE identity_account SET email = ?, email_verified = FALSE, password_hash = NULL, "
                        + "display_name = '', area = NULL, oidc_issuer = NULL, oidc_subject = NULL, version = version + 1, "
                        + "session_epoch = session_epoch + 1 "
                        + "WHERE id = ?",
                erasedEmail(id),
                id);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
