/**
 * The matching itself, free of Spring and the database: hard constraints and scores per pair
 * ({@link se.brobygge.mentoring.matching.Scoring}), and the optimal assignment
 * ({@link se.brobygge.mentoring.matching.MatchingEngine}).
 */
@org.jspecify.annotations.NullMarked
package se.brobygge.mentoring.matching;
