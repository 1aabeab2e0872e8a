package no.samspill.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import no.samspill.identity.MemberRow;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.PageTitles;

/** The active tenant's people, for its admins: search, invite, change roles, deactivate. */
@Route("users")
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
@RolesAllowed(Role.TENANT_ADMIN_NAME)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService admin;
    private final Grid<MemberRow> grid = new Grid<>();
    private final TextField search = new TextField();

    UsersView(UserAdminService admin) {
        this.admin = admin;
        setSizeFull();
        Button invite = new Button(getTranslation("users.invite"), VaadinIcon.PLUS.create(),
                e -> new InviteDialog(admin, this::refresh).open());
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, invite);
        toolbar.setWidthFull();
        toolbar.expand(search);
        configureGrid();
        add(new H1(getTranslation("users.title")), toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MemberRow::displayName).setHeader(getTranslation("users.name")).setFlexGrow(2)
                .setKey("name");
        grid.addColumn(MemberRow::email).setHeader(getTranslation("users.email")).setFlexGrow(2);
        grid.addColumn(r -> r.roles().stream().sorted().map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addColumn(r -> r.unitName() == null ? "" : r.unitName()).setHeader(getTranslation("users.unit"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> new MemberDialog(admin, r, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("users.edit", r.displayName()));
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> admin.members(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) admin.countMembers(search.getValue()));
        grid.setEmptyStateText(getTranslation("users.empty"));
    }

    private Span status(MemberRow r) {
        String key = r.pending() ? "users.status.invited" : !r.active() ? "users.status.inactive"
                : "users.status.active";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(r.pending() ? "badge contrast" : !r.active() ? "badge error"
                : "badge success");
        return badge;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("users.title");
    }
}
