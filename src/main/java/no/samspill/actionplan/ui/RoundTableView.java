package no.samspill.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.actionplan.ActionPlanRoutes;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.ConferenceDetails;
import no.samspill.actionplan.EntryKind;
import no.samspill.actionplan.ItemRow;
import no.samspill.actionplan.PlanSummary;
import no.samspill.actionplan.RoundTableService;
import no.samspill.identity.Colleague;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Phrases;
import no.samspill.platform.ui.Routes;

/** One round-table conference: participants, agenda, learning points, and actions that become plan items. */
@Route(ActionPlanRoutes.ROUND_TABLE)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class RoundTableView extends DetailView {

    private final RoundTableService roundTables;
    private final ActionPlanService plans;

    RoundTableView(RoundTableService roundTables, ActionPlanService plans) {
        super(ActionPlanRoutes.CONFERENCE_ID);
        this.roundTables = roundTables;
        this.plans = plans;
    }

    static RouteParameters params(long conferenceId) {
        return Routes.id(ActionPlanRoutes.CONFERENCE_ID, conferenceId);
    }

    @Override
    protected void open(long id) {
        show(roundTables.details(id));
    }

    private void show(ConferenceDetails d) {
        removeAll();
        boolean edit = plans.canEdit();
        String title = d.conference().title();
        title(title);
        Paragraph topic = new Paragraph(d.conference().topic());
        topic.addClassName("samspill-prewrap");
        add(new H1(title), new Paragraph(Phrases.facts(Formats.longDate(d.conference().heldOn(), getLocale()),
                d.conference().place())), topic);
        add(new H2(getTranslation("roundtable.participants")));
        UnorderedList people = new UnorderedList();
        d.participants().forEach(p -> people.add(new ListItem(p.name() + (p.organisation().isEmpty() ? ""
                : " (" + p.organisation() + ")"))));
        add(people);
        if (edit) {
            add(participantForm(d.conference().id()));
        }
        for (EntryKind kind : EntryKind.values()) {
            add(new H2(getTranslation(kind.labelKey())));
            OrderedList list = new OrderedList();
            list.setId("entries-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            d.entries().stream().filter(e -> e.kind() == kind).forEach(e -> list.add(entry(e, edit)));
            add(list);
            if (edit) {
                add(entryForm(d.conference().id(), kind));
            }
        }
    }

    private ListItem entry(ConferenceDetails.Entry e, boolean edit) {
        ListItem item = new ListItem(new Span(e.text()));
        if (e.itemId() != null) {
            RouterLink link = new RouterLink(getTranslation("roundtable.became", e.itemNumber()), ActionItemView.class,
                    ActionItemView.params(e.itemId()));
            link.addClassName("samspill-became");
            item.add(link);
        } else if (e.kind() == EntryKind.ACTION && edit) {
            Button make = new Button(getTranslation("roundtable.make-item"), ev -> makeItemDialog(e).open());
            make.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            make.setId("make-item-" + e.id());
            item.add(make);
        }
        return item;
    }

    private HorizontalLayout participantForm(long conferenceId) {
        ComboBox<Colleague> colleague = new ComboBox<>(getTranslation("roundtable.colleague"));
        colleague.setItems(q -> roundTables.colleagueOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                .stream());
        colleague.setItemLabelGenerator(Colleague::displayName);
        colleague.setClearButtonVisible(true);
        TextField name = new TextField(getTranslation("roundtable.name"));
        TextField organisation = new TextField(getTranslation("roundtable.organisation"));
        FieldErrors errors = new FieldErrors().bind(name, "roundtable.error.name")
                .bind(organisation, "roundtable.error.organisation");
        Button add = new Button(getTranslation("roundtable.add-participant"), e -> errors.run(() -> show(
                roundTables.addParticipant(conferenceId, colleague.getValue() == null ? null
                        : colleague.getValue().userId(), name.getValue(), organisation.getValue()))));
        HorizontalLayout row = new HorizontalLayout(colleague, name, organisation, add);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private HorizontalLayout entryForm(long conferenceId, EntryKind kind) {
        TextField text = new TextField();
        text.setAriaLabel(getTranslation("roundtable.add." + kind.name()));
        text.setPlaceholder(getTranslation("roundtable.add." + kind.name()));
        text.setWidth("36rem");
        text.setId("new-entry-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        FieldErrors errors = new FieldErrors().bind(text, "roundtable.error.text");
        Button add = new Button(getTranslation("roundtable.add"), e -> errors.run(() -> show(roundTables.addEntry(
                conferenceId, kind, text.getValue()))));
        add.setId("add-entry-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        return new HorizontalLayout(text, add);
    }

    private Dialog makeItemDialog(ConferenceDetails.Entry entry) {
        Dialog dialog = new Dialog(getTranslation("roundtable.make-item"));
        dialog.setWidth("36rem");
        ComboBox<PlanSummary> plan = new ComboBox<>(getTranslation("plans.plan"));
        plan.setItems(plans.plans());
        plan.setItemLabelGenerator(PlanSummary::title);
        TextField number = new TextField(getTranslation("item.number"));
        number.setHelperText(getTranslation("item.number.help"));
        TextField itemTitle = new TextField(getTranslation("item.title"));
        itemTitle.setWidthFull();
        dialog.add(new Paragraph(entry.text()), plan, number, itemTitle);
        FormDialog.of(dialog, "roundtable.make-item", "confirm-make-item", () -> {
            if (plan.getValue() == null) {
                throw new ValidationException("roundtable.error.plan");
            }
            ItemRow item = roundTables.makeItem(entry.id(), entry.version(), plan.getValue().id(), number.getValue(),
                    itemTitle.getValue());
            Notify.success("item.saved", item.number().toString());
            show(roundTables.details(roundTables.conferenceOf(entry.id())));
        }).bind(plan, "roundtable.error.plan");
        return dialog;
    }
}
