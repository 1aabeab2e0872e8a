package no.samspill.steeringgroup.ui;

import no.samspill.platform.ui.Routes;
import no.samspill.platform.ui.DetailView;
import no.samspill.steeringgroup.SteeringRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import no.samspill.actionplan.PlanSummary;
import no.samspill.identity.Colleague;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.Formats;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectSummary;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.MeetingSummary;
import no.samspill.steeringgroup.OverseenPlan;
import no.samspill.steeringgroup.OverseenProject;
import no.samspill.steeringgroup.PaperSummary;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringMemberRow;
import no.samspill.steeringgroup.SteeringRole;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.i18n.ValidationException;

/** A steering group: mandate, members, the projects it oversees with their decision points, meetings and papers. */
@Route(SteeringRoutes.GROUP)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class SteeringGroupView extends DetailView {

    private final SteeringGroupService groups;
    private final SteeringMeetingService meetings;
    private final CasePaperService papers;

    SteeringGroupView(SteeringGroupService groups, SteeringMeetingService meetings, CasePaperService papers) {
        super(SteeringRoutes.GROUP_ID);
        this.groups = groups;
        this.meetings = meetings;
        this.papers = papers;
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
            add(new Paragraph(getTranslation("group.approved-by") + ": " + d.mandate().approvedBy()
                    + (d.mandate().approverRole().isBlank() ? "" : " (" + d.mandate().approverRole() + ")")));
        }
        meetingsSection(d);
        papersSection(d);
        projectsSection(d);
        membersSection(d);
    }

    private void meetingsSection(SteeringGroupDetails d) {
        add(new H2(getTranslation("steering.meetings")));
        if (d.canManage()) {
            add(button("steering.meeting.new", "new-steering-meeting", VaadinIcon.CALENDAR, () -> meetingDialog(d)));
        }
        Grid<MeetingSummary> grid = new Grid<>();
        grid.setId("steering-meetings");
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> Formats.dateTime(m.startsAt(), groups.zone(), getLocale()))
                .setHeader(getTranslation("steering.meeting.when")).setAutoWidth(true);
        grid.addColumn(MeetingSummary::place).setHeader(getTranslation("steering.meeting.place")).setFlexGrow(2);
        grid.addColumn(MeetingSummary::papers).setHeader(getTranslation("steering.meeting.papers")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.minutesApproved() ? "steering.meeting.approved" : "steering.meeting.open"))
                .setHeader(getTranslation("steering.meeting.minutes")).setAutoWidth(true);
        grid.addColumn(MeetingSummary::packages).setHeader(getTranslation("steering.meeting.packages"))
                .setAutoWidth(true);
        grid.setItems(meetings.meetings(d.id()));
        grid.setEmptyStateText(getTranslation("steering.meetings.none"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SteeringMeetingView.class,
                SteeringMeetingView.params(e.getItem().id()))));
        add(grid);
    }

    private void papersSection(SteeringGroupDetails d) {
        add(new H2(getTranslation("steering.papers")));
        if (d.canManage()) {
            add(button("steering.paper.new", "new-case-paper", VaadinIcon.FILE_TEXT_O,
                    () -> PaperDialog.create(papers, groups, d.id(), saved -> show(groups.details(d.id())))));
        }
        Grid<PaperSummary> grid = new Grid<>();
        grid.setId("case-papers");
        grid.setAllRowsVisible(true);
        grid.addColumn(PaperSummary::number).setHeader(getTranslation("steering.paper.number")).setAutoWidth(true);
        grid.addColumn(p -> p.withheld() ? getTranslation("steering.paper.withheld") : p.title())
                .setHeader(getTranslation("steering.paper.title")).setFlexGrow(3);
        grid.addColumn(p -> p.exempt() ? getTranslation("steering.paper.exempt-short") : "")
                .setHeader(getTranslation("steering.paper.exempt")).setAutoWidth(true);
        grid.addColumn(p -> p.projectReference() == null ? "" : p.projectReference())
                .setHeader(getTranslation("steering.paper.project")).setAutoWidth(true);
        grid.addColumn(p -> p.withheld() ? "" : getTranslation(p.decided() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("steering.paper.decided")).setAutoWidth(true);
        grid.setItems(papers.papers(d.id()));
        grid.setEmptyStateText(getTranslation("steering.papers.none"));
        grid.addItemClickListener(e -> {
            if (!e.getItem().withheld()) {
                PaperView paper = papers.view(e.getItem().id());
                new PaperReadDialog(papers, paper, () -> PaperDialog.edit(papers, groups, paper,
                        saved -> show(groups.details(d.id())))).open();
            }
        });
        add(grid);
    }

    private void projectsSection(SteeringGroupDetails d) {
        add(new H2(getTranslation("steering.overseen")));
        if (d.canManage()) {
            add(button("steering.oversee", "oversee-project", VaadinIcon.EYE, () -> overseeDialog(d)));
        }
        Grid<OverseenProject> grid = new Grid<>();
        grid.setId("overseen-projects");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.reference() + " " + p.title()).setHeader(getTranslation("steering.project"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.phase().labelKey())).setHeader(getTranslation("steering.phase"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.decisionPoints().stream().map(x -> getTranslation("steering.point",
                        getTranslation(x.kind().labelKey()),
                        getTranslation(x.beforePhase().labelKey()))
                        + " – " + getTranslation(x.withheld() ? "steering.point.withheld"
                                : x.met() ? "steering.point.met" : "steering.point.missing"))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("steering.points")).setFlexGrow(3);
        grid.setItems(d.projects());
        grid.setEmptyStateText(getTranslation("steering.overseen.none"));
        add(grid);
        plansSection(d);
    }

    private void plansSection(SteeringGroupDetails d) {
        add(new H2(getTranslation("steering.plans")));
        if (d.canManage()) {
            add(button("steering.oversee-plan", "oversee-plan", VaadinIcon.TASKS, () -> planDialog(d)));
        }
        Grid<OverseenPlan> grid = new Grid<>();
        grid.setId("overseen-plans");
        grid.setAllRowsVisible(true);
        grid.addColumn(OverseenPlan::title).setHeader(getTranslation("steering.plan")).setFlexGrow(3);
        grid.addColumn(OverseenPlan::items).setHeader(getTranslation("steering.plan.items")).setAutoWidth(true);
        grid.addColumn(OverseenPlan::overdue).setHeader(getTranslation("steering.plan.overdue")).setAutoWidth(true);
        grid.setItems(d.plans());
        grid.setEmptyStateText(getTranslation("steering.plans.none"));
        add(grid);
    }

    private void planDialog(SteeringGroupDetails d) {
        Dialog dialog = new Dialog(getTranslation("steering.oversee-plan"));
        dialog.add(new Paragraph(getTranslation("steering.oversee-plan-help")));
        ComboBox<PlanSummary> plan = new ComboBox<>(getTranslation("steering.plan"));
        plan.setItems(groups.planOptions());
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.setWidthFull();
        plan.setId("oversee-plan-choice");
        dialog.add(plan);
        FormDialog.saveCancel(dialog, "save-oversee-plan", () -> {
            if (plan.getValue() == null) {
                throw new ValidationException("steering.error.plan");
            }
            show(groups.overseePlan(d.id(), plan.getValue().id()));
        }).bind(plan, "steering.error.plan");
        dialog.open();
    }

    private void membersSection(SteeringGroupDetails d) {
        add(new H2(getTranslation("group.members")));
        if (d.canManage()) {
            add(button("group.add-member", "add-steering-member", VaadinIcon.PLUS, () -> memberDialog(d)));
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

    private void meetingDialog(SteeringGroupDetails d) {
        Dialog dialog = new Dialog(getTranslation("steering.meeting.new"));
        DateTimePicker when = new DateTimePicker(getTranslation("steering.meeting.when"));
        when.setId("meeting-when");
        TextField place = new TextField(getTranslation("steering.meeting.place"));
        place.setId("meeting-place");
        place.setHelperText(getTranslation("steering.meeting.place-help"));
        place.setWidthFull();
        dialog.add(new FormLayout(when, place));
        FormDialog.saveCancel(dialog, "save-steering-meeting", () -> {
            if (when.getValue() == null) {
                throw new ValidationException("steering.meeting.error.when");
            }
            long id = meetings.plan(d.id(), when.getValue().atZone(groups.zone()).toInstant(), place.getValue())
                    .id();
            getUI().ifPresent(ui -> ui.navigate(SteeringMeetingView.class, SteeringMeetingView.params(id)));
        }).bind(when, "steering.meeting.error.when");
        dialog.open();
    }

    private void overseeDialog(SteeringGroupDetails d) {
        Dialog dialog = new Dialog(getTranslation("steering.oversee"));
        dialog.setWidth("40rem");
        dialog.add(new Paragraph(getTranslation("steering.oversee-help")));
        ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("steering.project"));
        project.setItems(groups.projectOptions());
        project.setItemLabelGenerator(p -> p.reference() + " " + p.title());
        project.setId("oversee-choice");
        ComboBox<DecisionKind> kind = new ComboBox<>(getTranslation("steering.paper.decision-kind"));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(DecisionKind.NEEDS_ANALYSIS_APPROVAL);
        ComboBox<Phase> before = new ComboBox<>(getTranslation("steering.point.before"));
        before.setItems(Phase.values());
        before.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        before.setValue(Phase.TENDER);
        FormLayout form = new FormLayout(project, kind, before);
        form.setColspan(project, 2);
        dialog.add(form);
        FormDialog.saveCancel(dialog, "save-oversee", () -> {
            if (project.getValue() == null || kind.getValue() == null || before.getValue() == null) {
                throw new ValidationException("steering.error.project");
            }
            show(groups.addDecisionPoint(d.id(), project.getValue().id(), before.getValue(), kind.getValue()));
        });
        dialog.open();
    }

    private void memberDialog(SteeringGroupDetails d) {
        Dialog dialog = new Dialog(getTranslation("group.add-member"));
        ComboBox<Colleague> person = new ComboBox<>(getTranslation("group.member"));
        person.setItems(groups.memberOptions());
        person.setItemLabelGenerator(c -> c.displayName() + " <" + c.email() + ">");
        person.setId("steering-member-person");
        ComboBox<SteeringRole> role = new ComboBox<>(getTranslation("group.role"));
        role.setItems(SteeringRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(SteeringRole.MEMBER);
        DatePicker joined = new DatePicker(getTranslation("group.joined-on"), groups.today());
        dialog.add(new FormLayout(person, role, joined));
        FormDialog.saveCancel(dialog, "save-steering-member", () -> {
            if (person.getValue() == null || role.getValue() == null || joined.getValue() == null) {
                throw new ValidationException("steering.error.user");
            }
            show(groups.addMember(d.id(), person.getValue().userId(), role.getValue(), joined.getValue()));
        });
        dialog.open();
    }

    private Button button(String key, String id, VaadinIcon icon, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        return b;
    }
}
