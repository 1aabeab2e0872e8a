package no.samspill.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import no.samspill.platform.ui.Card;
import no.samspill.platform.ui.DashboardCard;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitGlance;

/** Dashboard card: the tenant the user acts in, and its units. */
@org.springframework.stereotype.Component
class TenantCard implements DashboardCard {

    /** Units named on the card; a region with hundreds gets "and N more". */
    private static final int SHOWN = 8;

    private final TenantService tenants;

    TenantCard(TenantService tenants) {
        this.tenants = tenants;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> create() {
        Optional<TenantSummary> active = tenants.activeTenantIfAny();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        TenantSummary tenant = active.get();
        Paragraph name = new Paragraph(tenant.name());
        name.setId("active-tenant-name");
        name.addClassName("samspill-card-value");
        Paragraph kind = new Paragraph(ui.getTranslation(tenant.kind().labelKey()));
        Card card = new Card(ui.getTranslation("dashboard.tenant.title"), name, kind);
        UnitGlance units = tenants.unitGlance(SHOWN);
        if (units.total() > 0) {
            UnorderedList list = new UnorderedList();
            units.first().forEach(u -> list.add(new ListItem(u.name())));
            if (units.more() > 0) {
                list.add(new ListItem(ui.getTranslation("dashboard.tenant.units-more", units.more())));
            }
            card.add(new Paragraph(ui.getTranslation("dashboard.tenant.units", units.total())), list);
        }
        return Optional.of(card);
    }
}
