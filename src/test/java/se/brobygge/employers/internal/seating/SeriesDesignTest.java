package se.brobygge.employers.internal.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.brobygge.employers.ParticipantRole;

/** The series design: a field of each prime-power order, and series of sessions with no repeat table-mate. */
class SeriesDesignTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 7, 8, 9, 16, 25, 27, 32, 49, 64})
    void everyPrimePowerOrderGivesAField(int q) {
        SeriesDesign.GaloisField f = SeriesDesign.GaloisField.ofOrder(q).orElseThrow();
        for (int a = 0; a < q; a++) {
            int inverses = 0;
            for (int b = 0; b < q; b++) {
                assertThat(f.plus(a, b)).isEqualTo(f.plus(b, a));
                assertThat(f.times(a, b)).isEqualTo(f.times(b, a));
                if (f.times(a, b) == 1) {
                    inverses++;
                }
                for (int c = 0; c < q; c += Math.max(1, q / 7)) {
                    assertThat(f.times(a, f.plus(b, c))).isEqualTo(f.plus(f.times(a, b), f.times(a, c)));
                    assertThat(f.times(a, f.times(b, c))).isEqualTo(f.times(f.times(a, b), c));
                }
            }
            assertThat(f.plus(a, 0)).isEqualTo(a);
            assertThat(f.times(a, 1)).isEqualTo(a);
            assertThat(inverses).as("inverses of %d in GF(%d)", a, q).isEqualTo(a == 0 ? 0 : 1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 10, 12, 65})
    void otherOrdersHaveNoDesign(int q) {
        assertThat(SeriesDesign.GaloisField.ofOrder(q)).isEmpty();
        assertThat(SeriesDesign.of(people(q, q, q), q)).isEmpty();
    }

    @Test
    void eightSessionsOfFortyPeopleAtEightTablesRepeatNobodyAndMixEveryTable() {
        List<Guest> guests = people(16, 12, 12);
        SeriesDesign design = SeriesDesign.of(guests, 8).orElseThrow();
        assertThat(design.sessions()).isEqualTo(8);
        Map<Long, Set<Long>> met = new HashMap<>();
        for (int mu = 0; mu < 8; mu++) {
            Map<Long, Integer> plan = design.plan(mu);
            Map<Integer, List<Guest>> tables = SeatingEngine.byTable(guests, plan);
            assertThat(tables).hasSize(8);
            for (List<Guest> table : tables.values()) {
                assertThat(table).hasSize(5);
                assertThat(table).anyMatch(g -> g.role() == ParticipantRole.NEWCOMER);
                assertThat(table).anyMatch(g -> g.role() == ParticipantRole.COMPANY);
                for (Guest a : table) {
                    for (Guest b : table) {
                        if (a != b) {
                            assertThat(met.computeIfAbsent(a.accountId(), k -> new HashSet<>())
                                            .add(b.accountId()))
                                    .as("%s meets %s a second time in session %d", a.name(), b.name(), mu + 1)
                                    .isTrue();
                        }
                    }
                }
            }
        }
        // every pair from different rows met exactly once over the eight sessions
        assertThat(met.values()).allSatisfy(others -> assertThat(others).hasSize(4 * 8));
    }

    @Test
    void theEnginePlansASeriesOfSixWithoutARepeatWhenTheSessionIsPartOfASeries() {
        SeatingEngine engine = new SeatingEngine();
        List<Guest> people = people(16, 12, 12);
        Map<Long, Set<Long>> met = new HashMap<>();
        for (int session = 1; session <= 6; session++) {
            List<Guest> guests = people.stream()
                    .map(g -> new Guest(
                            g.accountId(),
                            g.name(),
                            g.role(),
                            g.languages(),
                            met.getOrDefault(g.accountId(), Set.of()),
                            g.affinity()))
                    .toList();
            SeatingEngine.Result result = engine.solve(
                    new SeatingEngine.Problem(guests, 5, Map.of(), Set.of(), Duration.ofSeconds(2), 6), p -> {});
            assertThat(result.breaks()).as("session %d", session).isEmpty();
            assertThat(result.repeatPairs())
                    .as("repeat table-mates in session %d", session)
                    .isZero();
            SeatingEngine.byTable(guests, result.tableOf())
                    .values()
                    .forEach(table -> table.forEach(a -> table.forEach(b -> {
                        if (a != b) {
                            met.computeIfAbsent(a.accountId(), k -> new HashSet<>())
                                    .add(b.accountId());
                        }
                    })));
        }
        assertThat(met.values()).allSatisfy(others -> assertThat(others).hasSize(4 * 6));
    }

    @Test
    void aDesignThatBreaksTheLanguageRuleIsNotUsed() {
        List<Guest> guests = new ArrayList<>(people(8, 8, 8));
        // half the newcomers speak only Tigrinya, and nobody else does: no design session can keep the rule
        guests.replaceAll(g -> g.role() == ParticipantRole.NEWCOMER && g.accountId() % 2 == 0
                ? new Guest(g.accountId(), g.name(), g.role(), Set.of("ti"), Set.of(), Map.of())
                : g);
        assertThat(SeatingEngine.fromDesign(new SeatingEngine.Problem(guests, 3, Map.of(), Set.of(), Duration.ZERO, 2)))
                .isNull();
    }

    static List<Guest> people(int newcomers, int companies, int others) {
        List<Guest> guests = new ArrayList<>();
        long id = 100;
        for (int i = 0; i < newcomers; i++) {
            guests.add(new Guest(
                    id++,
                    "N" + i,
                    ParticipantRole.NEWCOMER,
                    Set.of("sv", i % 2 == 0 ? "ar" : "en"),
                    Set.of(),
                    Map.of()));
        }
        for (int i = 0; i < companies; i++) {
            guests.add(new Guest(id++, "C" + i, ParticipantRole.COMPANY, Set.of("sv", "en"), Set.of(), Map.of()));
        }
        ParticipantRole[] roles = {ParticipantRole.ASSOCIATION, ParticipantRole.POLITICIAN, ParticipantRole.AUTHORITY};
        for (int i = 0; i < others; i++) {
            guests.add(new Guest(id++, "O" + i, roles[i % 3], Set.of("sv"), Set.of(), Map.of()));
        }
        return guests;
    }
}
