package no.samspill.impartiality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import no.samspill.identity.DirectoryEntry;
import no.samspill.impartiality.ImpartialityRoutes;
import no.samspill.impartiality.ProjectRegister;
import no.samspill.impartiality.RegisterRow;
import no.samspill.impartiality.RegisterService;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.Changes;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Notify;
import no.samspill.procurement.ProjectRoutes;

/**
 * A project's register of impartiality declarations: who must declare and why, where each stands, decisions and
 * reasons, who is still missing; opening it (which turns the gate on), asking more people, deciding on ties, and
 * the spreadsheet. For the project's lead and the tenant's admins (and the chairs who decide on the lead's ties).
 */
@Route(ImpartialityRoutes.REGISTER)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class RegisterView extends DetailView {

    private final RegisterService registers;
    private long projectId;

    RegisterView(RegisterService registers) {
        super(ProjectRoutes.PROJECT_ID);
        this.registers = registers;
        setWidthFull();
        addClassName("samspill-impartiality-register");
    }

    @Override
    protected void open(long id) {
        projectId = id;
        show(registers.register(id));
    }

    private void show(ProjectRegister register) {
        removeAll();
        title(getTranslation("impartiality.register.title", register.reference()));
        add(new H1(getTranslation("impartiality.register.title", register.reference())),
                new Paragraph(register.title()));
        if (!register.open()) {
            add(new Paragraph(getTranslation("impartiality.register.closed")));
            if (register.manages()) {
                Button open = new Button(getTranslation("impartiality.register.open"), e -> Confirm.action(
                        getTranslation("impartiality.register.open"), getTranslation("impartiality.register.open-text"),
                        getTranslation("impartiality.register.open"), () -> show(registers.open(projectId))));
                open.setId("open-register");
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(open);
            }
            return;
        }
        Span missing = new Span(getTranslation("impartiality.register.missing", register.missing()));
        missing.setId("register-missing");
        HorizontalLayout bar = new HorizontalLayout(missing, Downloads.link("register-export",
                getTranslation("impartiality.register.export"), VaadinIcon.TABLE,
                getTranslation("impartiality.register.file") + "-" + projectId + ".xlsx", Downloads.XLSX,
                t -> registers.xlsx(projectId, t)));
        bar.setAlignItems(Alignment.CENTER);
        if (register.manages() && register.missing() > 0) {
            Button remind = new Button(getTranslation("impartiality.register.remind"), VaadinIcon.BELL.create(),
                    e -> Changes.run(() -> Notify.success("impartiality.register.reminded",
                            registers.remindMissing(projectId))));
            remind.setId("remind-missing");
            bar.add(remind);
        }
        add(bar);
        if (register.manages()) {
            add(addPerson());
        }
        add(grid(register));
    }

    private Grid<RegisterRow> grid(ProjectRegister register) {
        Grid<RegisterRow> grid = new Grid<>();
        grid.setId("register-grid");
        grid.addColumn(RegisterRow::name).setHeader(getTranslation("impartiality.register.name")).setFlexGrow(2);
        grid.addColumn(r -> r.roles().stream().map(e -> e.groupName() == null ? getTranslation(e.labelKey())
                : getTranslation(e.labelKey()) + " (" + e.groupName() + ")").collect(Collectors.joining(", ")))
                .setHeader(getTranslation("impartiality.register.roles")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.status().labelKey()))
                .setHeader(getTranslation("impartiality.register.status")).setAutoWidth(true);
        grid.addColumn(r -> r.tiedSuppliers().stream().map(s -> s.name()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("impartiality.register.ties")).setFlexGrow(2);
        grid.addColumn(r -> r.decision() == null ? "" : getTranslation(r.decision().labelKey()))
                .setHeader(getTranslation("impartiality.register.decision")).setAutoWidth(true);
        grid.addColumn(r -> r.reason() == null ? "" : r.reason())
                .setHeader(getTranslation("impartiality.register.reason")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            if (!r.canDecide()) {
                return new Span();
            }
            Button decide = new Button(getTranslation("impartiality.register.decide"),
                    e -> new TieDecisionDialog(registers, r, this::show).open());
            decide.setId("decide-" + r.userId());
            return decide;
        }).setKey("decide").setAutoWidth(true);
        grid.setItems(register.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("impartiality.register.empty"));
        return grid;
    }

    private HorizontalLayout addPerson() {
        ComboBox<DirectoryEntry> person = new ComboBox<>(getTranslation("impartiality.register.person"));
        person.setId("add-person");
        person.setItems(q -> registers.candidates(projectId, q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                .stream(), q -> (int) registers.countCandidates(projectId, q.getFilter().orElse("")));
        person.setItemLabelGenerator(c -> c.displayName() + " <" + c.email() + ">");
        Checkbox external = new Checkbox(getTranslation("impartiality.register.external"));
        external.setId("add-external");
        Button add = new Button(getTranslation("impartiality.register.add"), VaadinIcon.PLUS.create(), e -> {
            if (person.getValue() != null) {
                Changes.run(() -> show(registers.addDeclarant(projectId, person.getValue().userId(),
                        external.getValue())));
            }
        });
        add.setId("add-declarant");
        HorizontalLayout row = new HorizontalLayout(person, external, add);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }
}
