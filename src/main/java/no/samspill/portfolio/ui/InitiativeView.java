package no.samspill.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import no.samspill.platform.security.Role;
import no.samspill.platform.text.Amounts;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.CheckpointRow;
import no.samspill.portfolio.GoalLinkRow;
import no.samspill.portfolio.InitiativeDetails;
import no.samspill.portfolio.InitiativeRef;
import no.samspill.portfolio.InitiativeService;
import no.samspill.portfolio.PortfolioRoutes;
import no.samspill.portfolio.StatusRow;
import no.samspill.portfolio.TargetPictureService;

/**
 * One initiative: its facts, the goals it serves with weight and how, its status history, its checkpoints with
 * their moves, and what it depends on. The portfolio office edits, links and plans; the owner tenant reports its
 * status and keeps its checkpoints. Every section is drawn from the one read model the service returned.
 */
@Route(PortfolioRoutes.INITIATIVE)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class InitiativeView extends DetailView {

    private final InitiativeService initiatives;
    private final TargetPictureService targets;

    InitiativeView(InitiativeService initiatives, TargetPictureService targets) {
        super(PortfolioRoutes.INITIATIVE_ID);
        this.initiatives = initiatives;
        this.targets = targets;
    }

    @Override
    protected void open(long id) {
        draw(initiatives.details(id));
    }

    private void draw(InitiativeDetails i) {
        title(i.name());
        removeAll();
        Locale locale = getLocale();
        Anchor back = new Anchor(PortfolioRoutes.portfolio(i.portfolioId()), getTranslation("portfolio.initiative.back"));
        add(back, new H1(i.name()));
        Div facts = new Div();
        facts.setId("initiative-facts");
        facts.addClassName("samspill-facts");
        fact(facts, "portfolio.initiative.owner", i.ownerName());
        fact(facts, "portfolio.initiative.phase", getTranslation(i.phase().labelKey()));
        fact(facts, "portfolio.initiative.period", getTranslation("common.dashed", Formats.date(i.start(), locale),
                Formats.date(i.end(), locale)));
        fact(facts, "portfolio.initiative.contact", i.contact().isBlank() ? "–" : i.contact());
        fact(facts, "portfolio.initiative.budget", i.budget() == null ? "–" : Amounts.format(i.budget(), locale));
        fact(facts, "portfolio.initiative.source", getTranslation(i.projectId() == null
                ? "portfolio.initiative.external" : "portfolio.initiative.linked"));
        add(facts);
        if (i.manages()) {
            Button edit = new Button(getTranslation("portfolio.initiative.edit"), VaadinIcon.EDIT.create(),
                    e -> InitiativeDialog.edit(initiatives, i, this::draw).open());
            edit.setId("edit-initiative");
            Button phase = new Button(getTranslation("portfolio.initiative.change-phase"),
                    e -> InitiativeDialogs.phase(initiatives, i, this::draw).open());
            phase.setId("change-phase");
            add(new HorizontalLayout(edit, phase));
        }
        add(goals(i), statuses(i), checkpoints(i), dependencies(i));
    }

    private Div goals(InitiativeDetails i) {
        Div section = section("portfolio.initiative.goals");
        Grid<GoalLinkRow> grid = new Grid<>();
        grid.setId("initiative-goals");
        grid.setAllRowsVisible(true);
        grid.addColumn(GoalLinkRow::goalTitle).setHeader(getTranslation("portfolio.coverage.goal")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation(l.weight().labelKey())).setHeader(getTranslation("portfolio.link.weight"));
        grid.addColumn(GoalLinkRow::how).setHeader(getTranslation("portfolio.link.how")).setFlexGrow(3);
        if (i.manages()) {
            grid.addComponentColumn(l -> rowButton("portfolio.link.change", getTranslation(
                    "portfolio.link.change-named", l.goalTitle()), () -> InitiativeDialogs.link(initiatives, targets, i,
                    l, this::draw).open())).setKey("change").setAutoWidth(true).setFlexGrow(0);
            section.add(addButton("portfolio.link.add", "link-goal",
                    () -> InitiativeDialogs.link(initiatives, targets, i, null, this::draw).open()));
        }
        return finish(section, grid, i.links(), "portfolio.initiative.no-goals");
    }

    private Div statuses(InitiativeDetails i) {
        Div section = section("portfolio.initiative.status");
        if (i.reports()) {
            Button report = new Button(getTranslation("portfolio.report-status"), VaadinIcon.FLAG_O.create(),
                    e -> StatusDialog.open(initiatives, i, this::draw));
            report.setId("report-status");
            section.add(report);
        } else {
            section.add(new Paragraph(getTranslation("portfolio.initiative.reported-by-owner", i.ownerName())));
        }
        Grid<StatusRow> grid = new Grid<>();
        grid.setId("initiative-statuses");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> getTranslation("portfolio.initiative.period-from", Formats.date(s.periodStart(),
                getLocale()))).setHeader(getTranslation("portfolio.status.period-column")).setAutoWidth(true);
        grid.addComponentColumn(s -> StatusBadge.of(s.colour())).setHeader(getTranslation("portfolio.status.colour"))
                .setAutoWidth(true);
        grid.addColumn(StatusRow::reason).setHeader(getTranslation("portfolio.status.reason")).setFlexGrow(2);
        grid.addColumn(StatusRow::measures).setHeader(getTranslation("portfolio.status.measures")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.current() ? "portfolio.status.current" : "portfolio.status.superseded",
                s.reportedBy())).setHeader(getTranslation("portfolio.status.reported")).setAutoWidth(true);
        return finish(section, grid, i.statuses(), "portfolio.initiative.no-status");
    }

    private Div checkpoints(InitiativeDetails i) {
        Div section = section("portfolio.initiative.checkpoints");
        boolean keeps = i.manages() || i.reports();
        Grid<CheckpointRow> grid = new Grid<>();
        grid.setId("initiative-checkpoints");
        grid.setAllRowsVisible(true);
        Locale locale = getLocale();
        grid.addColumn(CheckpointRow::title).setHeader(getTranslation("portfolio.checkpoint.title")).setFlexGrow(2);
        grid.addColumn(c -> Formats.date(c.currentOn(), locale)).setHeader(getTranslation("portfolio.checkpoint.on"));
        grid.addColumn(c -> c.moved() ? getTranslation("portfolio.checkpoint.moved-from", Formats.date(c.originalOn(),
                locale)) : "").setHeader(getTranslation("portfolio.checkpoint.original"));
        grid.addColumn(c -> c.overdue() ? getTranslation("portfolio.checkpoint.overdue") : "")
                .setHeader(getTranslation("portfolio.checkpoint.state"));
        if (keeps) {
            grid.addComponentColumn(c -> rowButton("portfolio.checkpoint.move", getTranslation(
                    "portfolio.checkpoint.move-named", c.title()), () -> InitiativeDialogs.move(initiatives, c,
                    this::draw).open())).setKey("move").setAutoWidth(true).setFlexGrow(0);
            section.add(addButton("portfolio.checkpoint.add", "add-checkpoint",
                    () -> InitiativeDialogs.checkpoint(initiatives, i, this::draw).open()));
        }
        return finish(section, grid, i.checkpoints(), "portfolio.initiative.no-checkpoints");
    }

    private Div dependencies(InitiativeDetails i) {
        Div section = section("portfolio.initiative.depends-on");
        Div list = new Div();
        list.setId("initiative-dependencies");
        list.getElement().setAttribute("role", "list");
        for (InitiativeRef d : i.dependsOn()) {
            Div item = new Div(new Anchor(PortfolioRoutes.initiative(d.id()), d.name()));
            item.getElement().setAttribute("role", "listitem");
            if (i.manages()) {
                Button remove = new Button(getTranslation("portfolio.dependency.remove"), e -> Confirm.danger(
                        getTranslation("portfolio.dependency.remove"),
                        getTranslation("portfolio.dependency.remove-question", i.name(), d.name()),
                        getTranslation("portfolio.dependency.remove"), () -> {
                            draw(initiatives.removeDependency(i.id(), d.id()));
                            Notify.success("portfolio.dependency.removed", d.name());
                        }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("portfolio.dependency.remove-named", d.name()));
                item.add(remove);
            }
            list.add(item);
        }
        if (i.dependsOn().isEmpty()) {
            list.add(new Span(getTranslation("portfolio.initiative.no-dependencies")));
        }
        section.add(list);
        if (i.manages()) {
            section.add(addButton("portfolio.dependency.add", "add-dependency",
                    () -> InitiativeDialogs.dependency(initiatives, i, this::draw).open()));
        }
        return section;
    }

    /** A row's own action: its visible label is short, its accessible name says which row it acts on. */
    private Button rowButton(String labelKey, String ariaLabel, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private Button addButton(String labelKey, String id, Runnable action) {
        Button button = new Button(getTranslation(labelKey), VaadinIcon.PLUS.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    private <T> Div finish(Div section, Grid<T> grid, java.util.List<T> rows, String emptyKey) {
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation(emptyKey));
        section.add(grid);
        return section;
    }

    private Div section(String headingKey) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.addClassName("samspill-section");
        section.setWidthFull();
        return section;
    }

    private void fact(Div facts, String labelKey, String value) {
        Div row = new Div(new Span(getTranslation("common.labelled", getTranslation(labelKey), value)));
        facts.add(row);
    }
}
