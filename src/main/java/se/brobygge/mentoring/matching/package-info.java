/**
 * The matching itself, free of Spring and the database: hard constraints and scores per pair
 * ({@link Scoring}), and the optimal assignment ({@link MatchingEngine}).
 */
@NullMarked
package se.brobygge.mentoring.matching;

import org.jspecify.annotations.NullMarked;
