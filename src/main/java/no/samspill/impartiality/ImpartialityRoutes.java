package no.samspill.impartiality;

import no.samspill.procurement.ProjectRoutes;

/** Where the declaration and the register of a project live, for views, links, notices and mails. */
public final class ImpartialityRoutes {

    public static final String DECLARATION = ProjectRoutes.PROJECT + "/declaration";
    public static final String REGISTER = ProjectRoutes.PROJECT + "/impartiality";

    public static String declaration(long projectId) {
        return ProjectRoutes.project(projectId) + "/declaration";
    }

    public static String register(long projectId) {
        return ProjectRoutes.project(projectId) + "/impartiality";
    }

    private ImpartialityRoutes() {
    }
}
