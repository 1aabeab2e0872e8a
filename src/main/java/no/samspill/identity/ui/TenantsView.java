package no.samspill.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.identity.PlatformAdminService;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.PageTitles;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;

/** All tenants, for the platform admin, who creates new ones here and invites each one's first administrator. */
@Route("tenants")
@Menu(title = "nav.tenants", order = 90, icon = "vaadin:building")
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private final PlatformAdminService admins;
    private final Grid<TenantSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    TenantsView(TenantService tenants, PlatformAdminService admins) {
        this.tenants = tenants;
        this.admins = admins;
        setSizeFull();
        search.setPlaceholder(getTranslation("tenants.search"));
        search.setAriaLabel(getTranslation("tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("tenants.create"), VaadinIcon.PLUS.create(),
                e -> new NewTenantDialog(tenants, this::refresh).open());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.expand(search);
        grid.addColumn(TenantSummary::name).setHeader(getTranslation("tenants.name")).setFlexGrow(3);
        grid.addColumn(TenantSummary::code).setHeader(getTranslation("tenants.code")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.kind().labelKey())).setHeader(getTranslation("tenants.kind"))
                .setFlexGrow(2);
        grid.addColumn(TenantSummary::country).setHeader(getTranslation("tenants.country")).setAutoWidth(true);
        grid.addColumn(t -> t.timeZone().getId()).setHeader(getTranslation("tenants.zone")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button invite = new Button(getTranslation("tenants.invite-admin"), VaadinIcon.USER_CHECK.create(),
                    e -> new FirstAdminDialog(admins, t).open());
            invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return invite;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tenants.empty"));
        add(new H1(getTranslation("tenants.title")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tenants.search(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("tenants.title");
    }
}
