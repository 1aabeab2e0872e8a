package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.GateNotice;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Routes;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.DecisionRow;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PackageRow;
import no.samspill.steeringgroup.PackageService;
import no.samspill.steeringgroup.PaperSummary;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.steeringgroup.SteeringRoutes;

/**
 * A steering-group meeting: the agenda of case papers, the decision per paper, the approval of the minutes (after
 * which decisions are locked), and the archived PDF packages with every earlier version still downloadable.
 */
@Route(SteeringRoutes.MEETING)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class SteeringMeetingView extends DetailView {

    private final SteeringMeetingService meetings;
    private final CasePaperService papers;
    private final PackageService packages;
    private final SteeringGroupService groups;

    SteeringMeetingView(SteeringMeetingService meetings, CasePaperService papers, PackageService packages,
            SteeringGroupService groups) {
        super(SteeringRoutes.MEETING_ID);
        this.meetings = meetings;
        this.papers = papers;
        this.packages = packages;
        this.groups = groups;
    }

    static RouteParameters params(long meetingId) {
        return Routes.id(SteeringRoutes.MEETING_ID, meetingId);
    }

    @Override
    protected void open(long id) {
        show(meetings.details(id));
    }

    private void show(MeetingDetails m) {
        removeAll();
        String when = Formats.dateTime(m.startsAt(), groups.zone(), getLocale());
        String title = getTranslation("steering.meeting.title", when);
        title(title);
        add(new H1(title), new RouterLink(m.groupName(), SteeringGroupView.class,
                SteeringGroupView.params(m.groupId())), new Paragraph(Phrases.labelled("steering.meeting.place",
                m.place())));
        Paragraph minutes = new Paragraph(getTranslation(m.minutesApproved() ? "steering.meeting.locked"
                : "steering.meeting.unlocked"));
        minutes.setId("minutes-state");
        minutes.addClassName(m.minutesApproved() ? "samspill-ok" : "samspill-warning");
        add(minutes);
        agenda(m);
        packagesSection(m);
        decisions(m);
    }

    private void agenda(MeetingDetails m) {
        add(new H2(getTranslation("steering.agenda")));
        if (m.canManage() && !m.minutesApproved()) {
            ComboBox<PaperSummary> paper = new ComboBox<>();
            paper.setPlaceholder(getTranslation("steering.agenda.add"));
            // lazy and searched in the query, which leaves out what is on the agenda and what the user may not see
            paper.setItems(q -> meetings.agendaOptions(m.id(), q.getFilter().orElse(""), q.getOffset(),
                    q.getLimit()).stream(), q -> (int) meetings.countAgendaOptions(m.id(), q.getFilter().orElse("")));
            paper.setItemLabelGenerator(p -> p.number() + " " + p.title());
            paper.setId("agenda-paper");
            paper.setWidth("28rem");
            FieldErrors errors = new FieldErrors().bind(paper, "steering.meeting.error.already-on-agenda");
            Button add = new Button(getTranslation("steering.agenda.do-add"), VaadinIcon.PLUS.create(), e -> {
                if (paper.getValue() != null) {
                    errors.run(() -> show(meetings.placeOnAgenda(m.id(), paper.getValue().id())));
                }
            });
            add.setId("add-to-agenda");
            add(new HorizontalLayout(paper, add));
        }
        Grid<PaperSummary> grid = new Grid<>();
        grid.setId("meeting-agenda");
        grid.setAllRowsVisible(true);
        grid.addColumn(PaperSummary::number).setHeader(getTranslation("steering.paper.number")).setAutoWidth(true);
        grid.addColumn(p -> p.gated() ? getTranslation("steering.paper.gated", p.projectReference())
                : p.withheld() ? getTranslation("steering.paper.withheld") : p.title())
                .setHeader(getTranslation("steering.paper.title")).setFlexGrow(3);
        grid.addColumn(p -> p.exempt() ? getTranslation("steering.paper.exempt-short") : "")
                .setHeader(getTranslation("steering.paper.exempt")).setAutoWidth(true);
        grid.addColumn(p -> p.withheld() ? ""
                        : getTranslation(p.decided() ? "steering.paper.decided-here" : "steering.paper.undecided"))
                .setHeader(getTranslation("steering.paper.decided")).setAutoWidth(true);
        if (m.canManage() && !m.minutesApproved()) {
            grid.addComponentColumn(p -> {
                Button decide = new Button(getTranslation("steering.decide"), VaadinIcon.GAVEL.create(),
                        e -> new DecisionDialog(meetings, papers.view(p.id()), m, groups.today(),
                                groups.zone(), this::show).open());
                decide.setId("decide-" + p.id());
                decide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                decide.setVisible(!p.withheld());
                return decide;
            }).setKey("decide").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(m.agenda());
        grid.setEmptyStateText(getTranslation("steering.agenda.none"));
        add(grid);
        // a project's papers the reader must declare for first: which project, and the way to the declaration
        for (MeetingDetails.Shut shut : m.shut()) {
            add(GateNotice.of(shut.refusal(), getTranslation("steering.agenda.gated", shut.reference())));
        }
    }

    private void decisions(MeetingDetails m) {
        add(new H2(getTranslation("steering.decisions")));
        if (m.decisions().isEmpty()) {
            add(new Paragraph(getTranslation("steering.decisions.none")));
        }
        for (DecisionRow d : m.decisions()) {
            Paragraph p = new Paragraph(getTranslation("steering.decision.line", d.paperNumber(), d.paperTitle(),
                    d.conclusion(), d.present().isBlank() ? "–" : d.present())
                    + (d.dissent().isBlank() ? "" : "\n" + Phrases.labelled("steering.decision.dissent",
                    d.dissent())));
            p.addClassName("samspill-prewrap");
            add(p);
        }
        if (m.canManage() && !m.minutesApproved() && !m.decisions().isEmpty()) {
            Button approve = new Button(getTranslation("steering.minutes.approve"), VaadinIcon.LOCK.create(),
                    e -> Confirm.action(getTranslation("steering.minutes.approve"),
                            getTranslation("steering.minutes.confirm"), getTranslation("steering.minutes.approve"),
                            () -> show(meetings.approveMinutes(m.id(), m.version()))));
            approve.setId("approve-minutes");
            add(approve);
        }
    }

    private void packagesSection(MeetingDetails m) {
        add(new H2(getTranslation("steering.packages")));
        add(new Paragraph(getTranslation("steering.packages.help")));
        if (m.canManage()) {
            Translator t = Downloads.translator();
            Button generate = new Button(getTranslation("steering.package.generate"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> {
                        if (Changes.run(() -> {
                            packages.generate(m.id(), t);
                            return meetings.details(m.id());
                        }, this::show)) {
                            Notify.success("steering.package.generated-ok");
                        }
                    });
            generate.setId("generate-package");
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(generate);
        }
        Grid<PackageRow> grid = new Grid<>();
        grid.setId("meeting-packages");
        grid.setAllRowsVisible(true);
        grid.addColumn(PackageRow::number).setHeader(getTranslation("steering.package.version")).setAutoWidth(true);
        java.time.ZoneId zone = groups.zone();
        grid.addColumn(p -> Formats.dateTime(p.generatedAt(), zone, getLocale()))
                .setHeader(getTranslation("steering.package.when")).setAutoWidth(true);
        grid.addColumn(PackageRow::generatedBy).setHeader(getTranslation("steering.package.by")).setAutoWidth(true);
        grid.addColumn(p -> p.sha256().substring(0, 16) + "…").setHeader("SHA-256").setAutoWidth(true);
        grid.addComponentColumn(p -> Downloads.link("", getTranslation("steering.package.download"),
                VaadinIcon.DOWNLOAD, getTranslation("steering.package.file") + "-" + m.id() + "-v" + p.number()
                        + ".pdf", Downloads.PDF, t -> PreparedFile.of(packages.download(p.id()))))
                .setAutoWidth(true);
        grid.setItems(m.packages());
        grid.setEmptyStateText(getTranslation("steering.packages.none"));
        add(grid);
    }
}
