package se.brobygge.employers.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.Card;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.identity.AccountId;

/** What a reader sees of a card: everything for the other participants, the chosen parts for employers. */
public final class CardViews {

    private CardViews() {}

    public static Card full(CardEntity c, String name, @Nullable ParticipantRole role, @Nullable String organisation) {
        if (c.hidden()) {
            return hidden(c.accountId(), name, role, organisation);
        }
        return new Card(
                new AccountId(c.accountId()),
                name,
                role,
                organisation,
                c.presentation(),
                c.seeks(),
                c.offers(),
                c.languages(),
                c.swedishLevel(),
                c.occupation(),
                c.area(),
                c.skills(),
                false);
    }

    /** Only what the person lets employers see; never anything sensitive (the card holds nothing sensitive). */
    public static Card forEmployer(CardEntity c, String name, @Nullable ParticipantRole role) {
        if (c.hidden()) {
            return hidden(c.accountId(), name, role, null);
        }
        return new Card(
                new AccountId(c.accountId()),
                name,
                role,
                null,
                c.presentation(),
                c.seeks(),
                c.offers(),
                c.employersSeeLanguages() ? c.languages() : Set.of(),
                c.employersSeeLanguages() ? c.swedishLevel() : null,
                c.employersSeeOccupation() ? c.occupation() : null,
                c.employersSeeArea() ? c.area() : null,
                c.employersSeeSkills() ? c.skills() : null,
                false);
    }

    public static Card hidden(
            long accountId, String name, @Nullable ParticipantRole role, @Nullable String organisation) {
        return new Card(
                new AccountId(accountId), name, role, organisation, "", "", "", Set.of(), null, null, null, null, true);
    }
}
