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
import no.samspill.steeringgroup.SteeringGroupService;
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

    SteeringGroupView(SteeringGroupService groups, SteeringMeetingService meetings, CasePaperService papers,
            TenantService tenants) {
        super(SteeringRoutes.GROUP_ID);
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
        show(groups.details(id));
    }

    private void show(SteeringGroupDetails d) {
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
        add(new SteeringMeetingsSection(groups, meetings, d),
                new SteeringPapersSection(groups, papers, Statutes.of(tenants.activeTenant()), d, this::show),
                new OverseenSection(groups, d, this::show), new SteeringMembersSection(groups, d, this::show));
    }
}
