package no.samspill.actionplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.actionplan.ActionPlanRoutes;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.ItemRow;
import no.samspill.actionplan.ItemStatus;
import no.samspill.actionplan.PlanFilter;
import no.samspill.actionplan.PlanImportService;
import no.samspill.actionplan.PlanSummary;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Routes;
import no.samspill.platform.ui.Rows;

/** One action plan: status summary, filters, the items grid, a new item, and the PDF status report. */
@Route(ActionPlanRoutes.PLAN)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class ActionPlanView extends DetailView {

    private final ActionPlanService plans;
    private final PlanImportService imports;
    private final Grid<ItemRow> grid = new Grid<>();
    private final MultiSelectComboBox<ItemStatus> statuses = new MultiSelectComboBox<>();
    private final TextField responsible = new TextField();
    private final Checkbox overdue = new Checkbox();
    private final DatePicker changedSince = DatePickers.date();
    private long planId;

    ActionPlanView(ActionPlanService plans, PlanImportService imports) {
        super(ActionPlanRoutes.PLAN_ID);
        this.plans = plans;
        this.imports = imports;
        setSizeFull();
    }

    static RouteParameters params(long planId) {
        return Routes.id(ActionPlanRoutes.PLAN_ID, planId);
    }

    @Override
    protected void open(long id) {
        planId = id;
        PlanSummary plan = plans.plan(planId);
        title(plan.title());
        removeAll();
        add(new H1(plan.title()), new Paragraph(plan.description()), summary(plan), toolbar(), filters(), grid);
        configureGrid();
    }

    private Div summary(PlanSummary plan) {
        Div bar = new Div();
        bar.setId("plan-summary");
        bar.addClassName("samspill-summary-bar");
        for (ItemStatus s : ItemStatus.values()) {
            Span badge = StatusBadges.of(s);
            badge.add(new Span(": " + plan.counts().get(s)));
            bar.add(badge);
        }
        Span late = StatusBadges.flag(VaadinIcon.WARNING, "item.overdue");
        late.add(new Span(": " + plan.overdue()));
        bar.add(late);
        return bar;
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (plans.canEdit()) {
            Button add = new Button(getTranslation("plan.new-item"), VaadinIcon.PLUS.create(),
                    e -> new ItemDialog(plans, planId, null, saved -> grid.getDataProvider().refreshAll()).open());
            add.setId("new-item");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }
        UI ui = UI.getCurrent();
        long id = planId;
        // the services read the rows in their transaction; the PDF and the workbook are written after it
        Anchor report = Downloads.link("status-report", getTranslation("plan.report"), VaadinIcon.FILE_TEXT_O,
                getTranslation("plan.report.file") + "-" + id + ".pdf", Downloads.PDF,
                t -> plans.statusReport(id, t));
        Anchor export = Downloads.link("plan-export", getTranslation("plan.export"), VaadinIcon.TABLE,
                getTranslation("plan.export.file") + "-" + id + ".xlsx", Downloads.XLSX,
                t -> imports.export(id, t));
        bar.add(report, export);
        if (plans.canEdit()) {
            Button importButton = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(imports, planId, () -> ui.navigate(ActionPlanView.class, params(planId)))
                            .open());
            importButton.setId("open-import");
            bar.add(importButton);
        }
        return bar;
    }

    private HorizontalLayout filters() {
        statuses.setLabel(getTranslation("plan.filter.status"));
        statuses.setItems(ItemStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        responsible.setLabel(getTranslation("item.responsible"));
        responsible.setValueChangeMode(ValueChangeMode.LAZY);
        responsible.setClearButtonVisible(true);
        overdue.setLabel(getTranslation("plan.filter.overdue"));
        changedSince.setLabel(getTranslation("plan.filter.changed-since"));
        changedSince.setHelperText(getTranslation("plan.filter.changed-since.help"));
        changedSince.setClearButtonVisible(true);
        statuses.addValueChangeListener(e -> refresh());
        responsible.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        changedSince.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(statuses, responsible, changedSince, overdue);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setId("plan-items");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.number().toString()).setHeader(getTranslation("item.number")).setAutoWidth(true)
                .setFlexGrow(0);
        Rows.titleLink(grid, ItemRow::title, r -> ActionPlanRoutes.item(r.id()))
                .setHeader(getTranslation("item.title")).setFlexGrow(3);
        grid.addComponentColumn(this::state).setHeader(getTranslation("item.status")).setAutoWidth(true);
        grid.addColumn(r -> Months.format(r.expected(), getLocale())).setHeader(getTranslation("item.expected"))
                .setAutoWidth(true);
        grid.addColumn(ItemRow::responsible).setHeader(getTranslation("item.responsible")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("plan.no-items"));
        // paged and filtered in SQL: a page of the grid reads its own rows, not the whole plan
        grid.setItems(q -> plans.items(planId, filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) plans.count(planId, filter()));
        Rows.open(grid, r -> ActionPlanRoutes.item(r.id()));
        grid.setSizeFull();
    }

    private Div state(ItemRow r) {
        Div cell = new Div(StatusBadges.of(r.status()));
        cell.addClassName("samspill-state-cell");
        if (r.overdue()) {
            cell.add(StatusBadges.flag(VaadinIcon.WARNING, "item.overdue"));
        }
        if (r.blocked()) {
            cell.add(StatusBadges.flag(VaadinIcon.LINK, "item.blocked"));
        }
        return cell;
    }

    private PlanFilter filter() {
        return new PlanFilter(statuses.getValue(), responsible.getValue(), overdue.getValue(),
                changedSince.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
