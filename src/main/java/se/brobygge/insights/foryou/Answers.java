package se.brobygge.insights.foryou;

import java.util.Set;

/** A resident's answers to the three questions of the guided start. */
public record Answers(Set<Goal> goals, Set<Topic> topics, Set<Availability> availability) {

    public Answers {
        goals = Set.copyOf(goals);
        topics = Set.copyOf(topics);
        availability = Set.copyOf(availability);
    }

    public static Answers none() {
        return new Answers(Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return goals.isEmpty() && topics.isEmpty() && availability.isEmpty();
    }
}
