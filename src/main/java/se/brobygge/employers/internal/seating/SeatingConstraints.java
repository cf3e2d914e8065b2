package se.brobygge.employers.internal.seating;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.brobygge.employers.SeatingRule;

/**
 * Hard: table size, a company and a newcomer at each table (when the numbers allow), a shared
 * language at each table (soft when relaxed). Medium: people who sat together earlier in the
 * series. Soft: offers meeting wishes, mixing roles, even tables.
 */
public class SeatingConstraints implements ConstraintProvider {

    /** A relaxed language rule still weighs more than anything soft. */
    static final int RELAXED_LANGUAGE_WEIGHT = 1_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            factory.forEach(Seat.class)
                    .groupBy(Seat::getTable, ConstraintCollectors.count())
                    .filter((table, count) -> count > table.capacity())
                    .penalize(HardMediumSoftScore.ONE_HARD, (table, count) -> count - table.capacity())
                    .asConstraint(SeatingRule.TABLE_SIZE.name()),
            factory.forEach(Seat.class)
                    .filter(s -> !s.isPinned()
                            && s.getTable() != null
                            && s.getTable().locked())
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint("LOCKED_TABLE"),
            factory.forEach(Table.class)
                    .filter(Table::needCompany)
                    .ifNotExists(
                            Seat.class,
                            Joiners.equal(t -> t, Seat::getTable),
                            Joiners.filtering((t, s) -> s.isCompany()))
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint(SeatingRule.COMPANY_AT_EVERY_TABLE.name()),
            factory.forEach(Table.class)
                    .filter(Table::needNewcomer)
                    .ifNotExists(
                            Seat.class,
                            Joiners.equal(t -> t, Seat::getTable),
                            Joiners.filtering((t, s) -> s.isNewcomer()))
                    .penalize(HardMediumSoftScore.ONE_HARD)
                    .asConstraint(SeatingRule.NEWCOMER_AT_EVERY_TABLE.name()),
            factory.forEach(Seat.class)
                    .groupBy(Seat::getTable, ConstraintCollectors.toList(Seat::getGuest))
                    .filter((table, guests) -> withoutSharedLanguage(guests) > 0)
                    .penalize(
                            HardMediumSoftScore.ONE_HARD,
                            (table, guests) -> table.languageHard() ? withoutSharedLanguage(guests) : 0)
                    .asConstraint(SeatingRule.SHARED_LANGUAGE.name()),
            factory.forEach(Seat.class)
                    .groupBy(Seat::getTable, ConstraintCollectors.toList(Seat::getGuest))
                    .filter((table, guests) -> !table.languageHard() && withoutSharedLanguage(guests) > 0)
                    .penalize(
                            HardMediumSoftScore.ONE_SOFT,
                            (table, guests) -> RELAXED_LANGUAGE_WEIGHT * withoutSharedLanguage(guests))
                    .asConstraint("SHARED_LANGUAGE_RELAXED"),
            factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getTable))
                    .filter((a, b) -> a.getGuest().met(b.getGuest()))
                    .penalize(HardMediumSoftScore.ONE_MEDIUM)
                    .asConstraint("REPEAT_TABLE_MATES"),
            factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getTable))
                    .filter((a, b) -> a.getGuest().affinityWith(b.getGuest()) > 0)
                    .reward(
                            HardMediumSoftScore.ONE_SOFT,
                            (a, b) -> 10 * a.getGuest().affinityWith(b.getGuest()))
                    .asConstraint("OFFERS_MEET_WISHES"),
            factory.forEachUniquePair(
                            Seat.class,
                            Joiners.equal(Seat::getTable),
                            Joiners.equal(s -> s.getGuest().role()))
                    .penalize(HardMediumSoftScore.ONE_SOFT, (a, b) -> 8)
                    .asConstraint("SAME_ROLE_TOGETHER"),
            factory.forEach(Seat.class)
                    .groupBy(Seat::getTable, ConstraintCollectors.count())
                    .penalize(HardMediumSoftScore.ONE_SOFT, (table, count) -> 3 * count * count)
                    .asConstraint("EVEN_TABLES"),
        };
    }

    /** How many at the table do not speak the language most of them share (0 when one is common to all). */
    static int withoutSharedLanguage(Collection<Guest> guests) {
        Map<String, Integer> speakers = new HashMap<>();
        for (Guest g : guests) {
            for (String language : g.languages()) {
                speakers.merge(language, 1, Integer::sum);
            }
        }
        int best = speakers.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return guests.size() - best;
    }

    static List<String> sharedLanguages(Collection<Guest> guests) {
        Map<String, Integer> speakers = new HashMap<>();
        guests.forEach(g -> g.languages().forEach(l -> speakers.merge(l, 1, Integer::sum)));
        return speakers.entrySet().stream()
                .filter(e -> e.getValue() == guests.size())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
