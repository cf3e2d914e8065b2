package se.brobygge.identity;

import java.util.List;

/** The role names Brobygge knows, without Spring's {@code ROLE_} prefix. */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String ASSOCIATION_REP = "ASSOCIATION_REP";
    public static final String EMPLOYER = "EMPLOYER";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    /** For {@code @PreAuthorize}: staff or an administrator (the municipality's people). */
    public static final String HAS_STAFF_OR_ADMIN = "hasAnyRole('" + STAFF + "', '" + ADMIN + "')";

    /** For {@code @PreAuthorize}: staff only. */
    public static final String HAS_STAFF = "hasRole('" + STAFF + "')";

    /** For {@code @PreAuthorize}: administrators only. */
    public static final String HAS_ADMIN = "hasRole('" + ADMIN + "')";

    /** Roles an administrator may grant to an account directly. */
    public static final List<String> GRANTABLE = List.of(RESIDENT, STAFF, ADMIN);

    /** Every role, in the order they are shown. */
    public static final List<String> ALL = List.of(RESIDENT, ASSOCIATION_REP, EMPLOYER, STAFF, ADMIN);

    private Roles() {}
}
