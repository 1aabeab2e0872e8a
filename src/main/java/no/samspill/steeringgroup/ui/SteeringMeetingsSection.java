package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Rows;
import no.samspill.steeringgroup.MeetingSummary;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringRoutes;

/** The group's meetings, each opening its meeting page; the secretary plans the next one here. */
class SteeringMeetingsSection extends SteeringSections {

    SteeringMeetingsSection(SteeringGroupService groups, SteeringMeetingService meetings, SteeringGroupDetails d,
            List<MeetingSummary> list) {
        add(new H2(getTranslation("steering.meetings")));
        if (d.canManage()) {
            add(button("steering.meeting.new", "new-steering-meeting", VaadinIcon.CALENDAR,
                    () -> new MeetingPlanDialog(groups, meetings, d).open()));
        }
        Grid<MeetingSummary> grid = new Grid<>();
        grid.setId("steering-meetings");
        grid.setAllRowsVisible(true);
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
        grid.setItems(list);
        grid.setEmptyStateText(getTranslation("steering.meetings.none"));
        Rows.open(grid, m -> SteeringRoutes.meeting(m.id()));
        add(grid);
    }
}
