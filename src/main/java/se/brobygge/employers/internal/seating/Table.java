package se.brobygge.employers.internal.seating;

/**
 * A table of the plan, a value the solver assigns to seats; it carries the rules in force there. A
 * locked table keeps the people staff put there, and nobody else joins it.
 */
public record Table(
        int number, int capacity, boolean needCompany, boolean needNewcomer, boolean languageHard, boolean locked) {}
