package se.brobygge.employers;

import java.util.List;

/**
 * A session's seating: its tables with the people at them, the people not yet seated, the hard rules
 * the plan breaks (and at which tables), and how many pairs sat together before in the series.
 */
public record SeatingPlan(
        SessionId sessionId,
        int tableSize,
        List<PlanTable> tables,
        List<Participant> unseated,
        List<RuleBreak> breaks,
        int repeatPairs) {

    public record PlanTable(int number, boolean locked, List<Participant> people, List<String> sharedLanguages) {}

    public record RuleBreak(SeatingRule rule, List<Integer> tables) {}

    public boolean empty() {
        return tables.isEmpty();
    }
}
