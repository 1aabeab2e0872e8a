package no.samspill.tenancy.ui;

import no.samspill.platform.ui.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.PageTitles;
import no.samspill.tenancy.TenantRules;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitKind;
import no.samspill.tenancy.UnitSummary;

/** The active tenant's facts and its units (health trusts, hospitals), for its admins. */
@Route("organisation")
@Menu(title = "nav.organisation", order = 85, icon = "vaadin:sitemap")
@RolesAllowed(Role.TENANT_ADMIN_NAME)
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private final Grid<UnitSummary> units = new Grid<>();

    OrganisationView(TenantService tenants) {
        this.tenants = tenants;
        TenantSummary tenant = tenants.activeTenant();
        add(new H1(tenant.name()), new Paragraph(getTranslation("organisation.facts",
                getTranslation(tenant.kind().labelKey()), getTranslation("country." + tenant.country()),
                tenant.timeZone().getId())));
        units.addColumn(UnitSummary::name).setHeader(getTranslation("organisation.unit-name")).setFlexGrow(3);
        units.addColumn(u -> getTranslation(u.kind().labelKey()))
                .setHeader(getTranslation("organisation.unit-kind")).setFlexGrow(1);
        units.setEmptyStateText(getTranslation("organisation.units.empty"));
        units.setAllRowsVisible(true);
        add(new H2(getTranslation("organisation.units")), addUnitForm(), units);
        refresh();
    }

    private HorizontalLayout addUnitForm() {
        TextField name = new TextField(getTranslation("organisation.unit-name"));
        TextLimits.apply(name, TenantRules.NAME_MAX);
        name.setWidth("24rem");
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("organisation.unit-kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(UnitKind.HEALTH_TRUST);
        FieldErrors errors = new FieldErrors().bind(name, "tenant.error.unit-");
        Button add = new Button(getTranslation("organisation.add-unit"), e -> errors.run(() -> {
            UnitSummary unit = tenants.addUnit(name.getValue(), kind.getValue());
            Notify.success("organisation.unit-added", unit.name());
            name.clear();
            refresh();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, kind, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        units.setItems(tenants.units());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("nav.organisation");
    }
}
