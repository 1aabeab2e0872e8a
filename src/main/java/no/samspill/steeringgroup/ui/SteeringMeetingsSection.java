package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Rows;
import no.samspill.steeringgroup.MeetingPage;
import no.samspill.steeringgroup.MeetingSummary;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringRoutes;
import no.samspill.steeringgroup.SteeringRules;

/**
 * The group's meetings, each opening its meeting page; the secretary plans the next one here. The list is lazy like
 * the papers': the page hands it its first page and the count, and it asks for further pages as it scrolls.
 */
class SteeringMeetingsSection extends SteeringSections {

    SteeringMeetingsSection(SteeringGroupService groups, SteeringMeetingService meetings, SteeringGroupDetails d,
            MeetingPage first) {
        add(new H2(getTranslation("steering.meetings")));
        if (d.canManage()) {
            add(button("steering.meeting.new", "new-steering-meeting", VaadinIcon.CALENDAR,
                    () -> new MeetingPlanDialog(groups, meetings, d).open()));
        }
        Grid<MeetingSummary> grid = new Grid<>();
        grid.setId("steering-meetings");
        sized(grid, SteeringRules.MEETING_PAGE, first.total());
        java.time.ZoneId zone = groups.zone();
        Rows.titleLink(grid, m -> Formats.dateTime(m.startsAt(), zone, getLocale()),
                m -> SteeringRoutes.meeting(m.id()))
                .setHeader(getTranslation("steering.meeting.when")).setAutoWidth(true);
        grid.addColumn(MeetingSummary::place).setHeader(getTranslation("steering.meeting.place")).setFlexGrow(2);
        grid.addColumn(MeetingSummary::papers).setHeader(getTranslation("steering.meeting.papers")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.minutesApproved() ? "steering.meeting.approved" : "steering.meeting.open"))
                .setHeader(getTranslation("steering.meeting.minutes")).setAutoWidth(true);
        grid.addColumn(MeetingSummary::packages).setHeader(getTranslation("steering.meeting.packages"))
                .setAutoWidth(true);
        grid.setItems(q -> fromFirst(first.first(), first.total(), q.getOffset(), q.getLimit())
                        .orElseGet(() -> meetings.meetings(d.id(), q.getOffset(), q.getLimit())).stream(),
                q -> (int) first.total());
        grid.setEmptyStateText(getTranslation("steering.meetings.none"));
        Rows.open(grid, m -> SteeringRoutes.meeting(m.id()));
        add(grid);
    }
}
