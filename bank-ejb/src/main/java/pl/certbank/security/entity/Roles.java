package pl.certbank.security.entity;

import java.util.List;

/** The roles of CertBank, as constants for {@code @RolesAllowed} and as the values stored for each user. */
public final class Roles {

    public static final String AUTHOR = "author";
    public static final String REVIEWER = "reviewer";
    public static final String DESIGNER = "designer";
    public static final String PUBLISHER = "publisher";
    public static final String PRINTER = "printer";
    public static final String ADMIN = "admin";
    public static final String EXAM_CLIENT = "exam-client";

    public static final List<String> ALL = List.of(AUTHOR, REVIEWER, DESIGNER, PUBLISHER, PRINTER, ADMIN, EXAM_CLIENT);

    private Roles() {
    }
}
