package se.brobygge.employers;

/** Companies, public employers (municipality, region) and authorities (e.g. Arbetsförmedlingen). */
public enum EmployerKind {
    COMPANY,
    PUBLIC_EMPLOYER,
    AUTHORITY
}
