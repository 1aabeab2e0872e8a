package no.samspill.steeringgroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.platform.Mandate;
import no.samspill.procurement.Category;
import no.samspill.procurement.ProjectForm;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.support.TestUsers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of a steering group's paged lists share (papers, meetings, overseen projects, the agenda picker, a
 * project's decisions): a new group of Sykehusinnkjøp's with its secretary, a new project, and a paper form.
 */
abstract class SteeringListsTest {

    static final String SECRETARY = SteeringGroupTest.SECRETARY;
    static final String SKI = SteeringGroupTest.SKI;

    @Autowired
    SteeringGroupService groups;
    @Autowired
    CasePaperService papers;
    @Autowired
    SteeringMeetingService meetings;
    @Autowired
    SteeringPageService pages;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** A new group, made by the tenant's admin, whose secretary is {@link #SECRETARY}; the admin stays logged in. */
    long group() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new Mandate("", "", "", null, null, null));
        long secretary = groups.memberOptions(SECRETARY, 0, 10).stream().filter(c -> c.email().equals(SECRETARY))
                .findFirst().orElseThrow().userId();
        groups.addMember(g.id(), secretary, SteeringRole.SECRETARY, LocalDate.of(2026, 1, 1));
        return g.id();
    }

    ProjectSummary project() {
        return projects.create(new ProjectForm(projects.formOptions().suggestedReference(),
                "Senger " + UUID.randomUUID(), "", Category.BHM, null, Set.of(), null));
    }

    static PaperForm paper(String title, LocalDate date, boolean exempt, @Nullable Long projectId) {
        return new PaperForm("Styringsgruppen", "Porteføljekontoret", date, exempt, exempt ? "Offl. § 23" : "",
                title, "Kort om saken.", "", "", "", "", "", "", "", List.of("Saken godkjennes."), projectId,
                DecisionKind.NEEDS_ANALYSIS_APPROVAL);
    }
}
