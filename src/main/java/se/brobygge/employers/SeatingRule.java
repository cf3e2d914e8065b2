package se.brobygge.employers;

/** The rules of a seating plan. The first three are hard unless staff relax them. */
public enum SeatingRule {
    /** No table holds more people than the table size. Never relaxed. */
    TABLE_SIZE,
    /** At least one company (employer) at each table, when there are as many as tables. */
    COMPANY_AT_EVERY_TABLE,
    /** At least one newcomer at each table, when there are as many as tables. */
    NEWCOMER_AT_EVERY_TABLE,
    /** Everyone at a table shares at least one language. */
    SHARED_LANGUAGE
}
