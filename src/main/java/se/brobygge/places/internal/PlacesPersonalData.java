package se.brobygge.places.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * Places a person proposed. Erasing removes proposals not yet published; a published place stays
 * (it is the municipality's now) without the proposer.
 */
@Component
class PlacesPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of("places_place", Set.of("proposed_by"));

    PlacesPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "places", COLUMNS);
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM places_place WHERE proposed_by = ? AND status <> 'PUBLISHED'", id);
        jdbc.update("UPDATE places_place SET proposed_by = NULL WHERE proposed_by = ?", id);
    }
}
