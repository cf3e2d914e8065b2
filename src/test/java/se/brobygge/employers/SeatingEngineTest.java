package se.brobygge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import se.brobygge.employers.internal.seating.Guest;
import se.brobygge.employers.internal.seating.SeatingEngine;

/** The seating engine on its own: hard rules kept, repeats avoided, an impossible rule explained and relaxed. */
class SeatingEngineTest {

    static final SeatingEngine ENGINE = new SeatingEngine();

    static List<Guest> room(int newcomers, int companies, int others) {
        List<Guest> guests = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < newcomers; i++) {
            guests.add(new Guest(
                    id++,
                    "N" + i,
                    ParticipantRole.NEWCOMER,
                    i % 2 == 0 ? Set.of("sv", "ar") : Set.of("sv", "en"),
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

    @Test
    void everyTableGetsACompanyANewcomerAndACommonLanguageWithinTheSize() {
        List<Guest> guests = room(16, 12, 12);
        List<SeatingEngine.Progress> progress = new CopyOnWriteArrayList<>();
        SeatingEngine.Result result = ENGINE.solve(
                new SeatingEngine.Problem(guests, 5, Map.of(), Set.of(), Duration.ofSeconds(3)), progress::add);
        assertThat(result.breaks()).isEmpty();
        assertThat(result.tableOf()).hasSize(40);
        Map<Integer, List<Guest>> tables = new HashMap<>();
        guests.forEach(g -> tables.computeIfAbsent(result.tableOf().get(g.accountId()), k -> new ArrayList<>())
                .add(g));
        assertThat(tables).hasSize(8);
        tables.values().forEach(t -> {
            assertThat(t).hasSizeLessThanOrEqualTo(5);
            assertThat(t).anyMatch(g -> g.role() == ParticipantRole.COMPANY);
            assertThat(t).anyMatch(g -> g.role() == ParticipantRole.NEWCOMER);
            assertThat(SeatingEngine.sharedLanguages(t)).isNotEmpty();
        });
        assertThat(progress).as("progress was reported while solving").isNotEmpty();
    }

    @Test
    void peopleWhoSatTogetherBeforeAreSeatedApart() {
        List<Guest> first = room(8, 6, 6);
        // 20 people at 5 tables of 4: each earlier table of 4 can spread over the 5 tables
        SeatingEngine.Result before =
                ENGINE.solve(new SeatingEngine.Problem(first, 4, Map.of(), Set.of(), Duration.ofSeconds(2)), p -> {});
        Map<Long, Set<Long>> met = new HashMap<>();
        first.forEach(a -> first.forEach(b -> {
            if (a != b
                    && before.tableOf()
                            .get(a.accountId())
                            .equals(before.tableOf().get(b.accountId()))) {
                met.computeIfAbsent(a.accountId(), k -> new HashSet<>()).add(b.accountId());
            }
        }));
        List<Guest> second = first.stream()
                .map(g -> new Guest(
                        g.accountId(),
                        g.name(),
                        g.role(),
                        g.languages(),
                        met.getOrDefault(g.accountId(), Set.of()),
                        Map.of()))
                .toList();
        SeatingEngine.Result after =
                ENGINE.solve(new SeatingEngine.Problem(second, 4, Map.of(), Set.of(), Duration.ofSeconds(3)), p -> {});
        assertThat(after.breaks()).isEmpty();
        assertThat(after.repeatPairs()).isZero();
    }

    @Test
    void aLanguageNobodyElseSpeaksIsExplainedAndCanBeRelaxed() {
        List<Guest> guests = new ArrayList<>(room(4, 3, 3));
        guests.add(new Guest(99, "Only Tigrinya", ParticipantRole.NEWCOMER, Set.of("ti"), Set.of(), Map.of()));
        var problem = new SeatingEngine.Problem(guests, 4, Map.of(), Set.of(), Duration.ofSeconds(1));
        SeatingEngine.Result strict = ENGINE.solve(problem, p -> {});
        assertThat(strict.breaks())
                .extracting(SeatingEngine.RuleBreak::rule)
                .containsExactly(SeatingRule.SHARED_LANGUAGE);
        SeatingEngine.Result relaxed = ENGINE.solve(
                new SeatingEngine.Problem(
                        guests, 4, Map.of(), Set.of(SeatingRule.SHARED_LANGUAGE), Duration.ofSeconds(1)),
                p -> {});
        assertThat(relaxed.breaks()).isEmpty();
    }

    @Test
    void lockedTablesKeepTheirPeopleAndNobodyJoins() {
        List<Guest> guests = room(6, 4, 2);
        Map<Long, Integer> locked = Map.of(1L, 2, 7L, 2);
        SeatingEngine.Result result =
                ENGINE.solve(new SeatingEngine.Problem(guests, 5, locked, Set.of(), Duration.ofSeconds(1)), p -> {});
        assertThat(result.tableOf().get(1L)).isEqualTo(2);
        assertThat(result.tableOf().get(7L)).isEqualTo(2);
        assertThat(result.tableOf().values().stream().filter(t -> t == 2)).hasSize(2);
    }
}
