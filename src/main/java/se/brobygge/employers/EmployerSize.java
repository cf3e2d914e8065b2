package se.brobygge.employers;

/** Number of employees: 1–9, 10–49, 50–249, 250 or more. */
public enum EmployerSize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
