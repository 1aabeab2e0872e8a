package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import no.samspill.platform.text.Formats;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMemberRow;

/** The group's members, present and past, with their role and tenure. */
class SteeringMembersSection extends SteeringSections {

    SteeringMembersSection(SteeringGroupService groups, SteeringGroupDetails d, Consumer<SteeringGroupDetails> show) {
        add(new H2(getTranslation("group.members")));
        if (d.canManage()) {
            add(button("group.add-member", "add-steering-member", VaadinIcon.PLUS,
                    () -> new SteeringMemberDialog(groups, d, show).open()));
        }
        Grid<SteeringMemberRow> grid = new Grid<>();
        grid.setId("steering-members");
        grid.setAllRowsVisible(true);
        grid.addColumn(SteeringMemberRow::name).setHeader(getTranslation("group.member")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.role().labelKey())).setHeader(getTranslation("group.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.joinedOn(), getLocale())).setHeader(getTranslation("group.joined-on"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.leftOn() == null ? getTranslation("group.active") : Formats.date(r.leftOn(),
                getLocale())).setHeader(getTranslation("group.left-on")).setAutoWidth(true);
        grid.setItems(d.members());
        grid.setEmptyStateText(getTranslation("steering.members.none"));
        add(grid);
    }
}
