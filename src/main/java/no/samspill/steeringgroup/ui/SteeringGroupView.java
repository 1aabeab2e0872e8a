package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Routes;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupPage;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringPageService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringRoutes;
import no.samspill.tenancy.TenantService;

/**
 * A steering group: mandate, then its meetings, papers, what it oversees and its members, one section each. A
 * change in any section draws the whole page again from the group's details.
 */
@Route(SteeringRoutes.GROUP)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class SteeringGroupView extends DetailView {

    private final SteeringGroupService groups;
    private final SteeringMeetingService meetings;
    private final CasePaperService papers;
    private final TenantService tenants;
    private final SteeringPageService pages;

    SteeringGroupView(SteeringGroupService groups, SteeringMeetingService meetings, CasePaperService papers,
            TenantService tenants, SteeringPageService pages) {
        super(SteeringRoutes.GROUP_ID);
        this.pages = pages;
        this.groups = groups;
        this.meetings = meetings;
        this.papers = papers;
        this.tenants = tenants;
    }

    static RouteParameters params(long groupId) {
        return Routes.id(SteeringRoutes.GROUP_ID, groupId);
    }

    @Override
    protected void open(long id) {
        // one call for all sections: the group and its access are read once, not once per section
        render(pages.page(id));
    }

    /** After a change in a section, which hands back the group's new details. */
    private void show(SteeringGroupDetails d) {
        render(new SteeringGroupPage(d, meetings.firstMeetings(d.id()), papers.firstPage(d.id())));
    }

    private void render(SteeringGroupPage page) {
        SteeringGroupDetails d = page.details();
        removeAll();
        String title = d.name();
        title(title);
        add(new H1(title));
        Paragraph purpose = new Paragraph(d.mandate().purpose().isBlank() ? getTranslation("group.no-mandate")
                : d.mandate().purpose());
        purpose.addClassName("samspill-prewrap");
        add(purpose);
        if (!d.mandate().approvedBy().isBlank()) {
            add(new Paragraph(Phrases.labelled("group.approved-by", d.mandate().approvedBy()
                    + (d.mandate().approverRole().isBlank() ? "" : " (" + d.mandate().approverRole() + ")"))));
        }
        add(new SteeringMeetingsSection(groups, meetings, d, page.meetings()),
                new SteeringPapersSection(groups, papers, Statutes.of(tenants.activeTenant()), d, page.papers(),
                        this::show),
                new OverseenSection(groups, pages, d, this::show), new SteeringMembersSection(groups, d, this::show));
    }
}
