package no.samspill.actionplan.ui;

import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.ZoneId;
import no.samspill.actionplan.ActionPlanRoutes;
import no.samspill.actionplan.ActionPlanRules;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.HistoryRow;
import no.samspill.actionplan.ItemRow;
import no.samspill.actionplan.ItemStatus;
import no.samspill.actionplan.RoundTableService;
import no.samspill.actionplan.StatusUpdate;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Routes;
import no.samspill.procurement.ProjectRoutes;

/** One item: its facts, a status update (kept in the history), and the history as a timeline. */
@Route(ActionPlanRoutes.ITEM)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class ActionItemView extends DetailView {

    private final ActionPlanService plans;
    private final RoundTableService roundTables;

    ActionItemView(ActionPlanService plans, RoundTableService roundTables) {
        super(ActionPlanRoutes.ITEM_ID);
        this.plans = plans;
        this.roundTables = roundTables;
    }

    static RouteParameters params(long itemId) {
        return Routes.id(ActionPlanRoutes.ITEM_ID, itemId);
    }

    @Override
    protected void open(long id) {
        show(plans.item(id));
    }

    private void show(ItemRow item) {
        removeAll();
        String title = item.number() + " " + item.title();
        title(title);
        Button back = new Button(getTranslation("item.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ActionPlanRoutes.plan(planOf(item)))));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H1(title), StatusBadges.of(item.status()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (item.overdue()) {
            header.add(StatusBadges.flag(VaadinIcon.WARNING, "item.overdue"));
        }
        if (item.blocked()) {
            header.add(StatusBadges.flag(VaadinIcon.LINK, "item.blocked"));
        }
        add(back, header, facts(item));
        plans.projectOf(item).ifPresent(p -> add(new Anchor(ProjectRoutes.project(p.id()),
                getTranslation("item.project-link", p.label()))));
        roundTables.originOf(item.id()).ifPresent(c -> add(new RouterLink(getTranslation("item.origin", c.title()),
                RoundTableView.class, RoundTableView.params(c.id()))));
        if (plans.canEdit()) {
            Button edit = new Button(getTranslation("item.edit", item.number().toString()), VaadinIcon.EDIT.create(),
                    e -> new ItemDialog(plans, planOf(item), item, saved -> show(plans.item(saved.id()))).open());
            edit.setId("edit-item");
            Button delete = new Button(getTranslation("common.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDelete(item));
            delete.setId("delete-item");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(new HorizontalLayout(edit, delete), statusForm(item));
        }
        add(new H2(getTranslation("item.history")), timeline(item));
    }

    private void confirmDelete(ItemRow item) {
        long planId = planOf(item);
        Confirm.delete(getTranslation("item.delete", item.number().toString()),
                getTranslation("item.delete.confirm", item.number().toString()), () -> {
                    plans.deleteItem(item.id(), item.version());
                    getUI().ifPresent(ui -> ui.navigate(ActionPlanRoutes.plan(planId)));
                });
    }

    private long planOf(ItemRow item) {
        return plans.planOf(item.id());
    }

    private Div facts(ItemRow item) {
        Div facts = new Div();
        facts.addClassName("samspill-facts");
        fact(facts, "item.description", item.description());
        fact(facts, "item.measure", item.measure());
        fact(facts, "item.status-text", item.statusText());
        fact(facts, "item.expected", Months.format(item.expected(), getLocale()));
        fact(facts, "item.responsible", item.responsible());
        fact(facts, "item.depends-on", String.join(", ", item.dependsOn()));
        return facts;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("samspill-fact-label");
        Span text = new Span(value.isEmpty() ? "–" : value);
        text.addClassName("samspill-prewrap");
        facts.add(label, text);
    }

    private VerticalLayout statusForm(ItemRow item) {
        Select<ItemStatus> status = new Select<>();
        status.setLabel(getTranslation("item.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(item.status());
        status.setId("new-status");
        DatePicker expected = DatePickers.date(getTranslation("item.expected"));
        expected.setHelperText(getTranslation("item.expected.help"));
        expected.setClearButtonVisible(true);
        if (item.expected() != null) {
            expected.setValue(item.expected().atDay(1));
        }
        TextArea text = new TextArea(getTranslation("item.status-text"));
        TextLimits.apply(text, ActionPlanRules.TEXT_MAX);
        text.setValue(item.statusText());
        text.setWidthFull();
        text.setId("new-status-text");
        FieldErrors errors = new FieldErrors().bind(text, "item.error.text");
        Button save = new Button(getTranslation("item.update-status"), e -> errors.run(() -> {
            show(plans.updateStatus(item.id(), item.version(), new StatusUpdate(status.getValue(),
                    text.getValue(), expected.getValue() == null ? null : YearMonth.from(expected.getValue()))));
            Notify.success("item.status-saved");
        }));
        save.setId("update-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(status, expected);
        VerticalLayout box = new VerticalLayout(new H2(getTranslation("item.update-status")), row, text, save);
        box.setPadding(false);
        box.setMaxWidth("60rem");
        return box;
    }

    private OrderedList timeline(ItemRow item) {
        ZoneId zone = plans.timeZone();
        OrderedList list = new OrderedList();
        list.setId("item-history");
        list.addClassName("samspill-timeline");
        for (HistoryRow h : plans.history(item.id())) {
            Span when = new Span(Phrases.facts(Formats.dateTime(h.changedAt(), zone, getLocale()), h.changedBy(),
                    h.expected() == null ? "" : Phrases.labelled("item.expected", Months.format(h.expected(),
                            getLocale()))));
            when.addClassName("samspill-muted");
            list.add(new ListItem(StatusBadges.of(h.status()), when, new Paragraph(h.statusText())));
        }
        return list;
    }
}
