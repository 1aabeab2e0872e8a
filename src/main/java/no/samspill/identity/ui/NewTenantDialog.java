package no.samspill.identity.ui;

import no.samspill.platform.ui.TextLimits;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.tenancy.NewTenant;
import no.samspill.tenancy.TenantKind;
import no.samspill.tenancy.TenantRules;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;

/** Create a tenant. A refused save keeps the form filled in. */
class NewTenantDialog extends Dialog {

    private static final List<String> ZONES = List.of("Europe/Oslo", "Europe/Copenhagen", "Europe/Stockholm",
            "Europe/Helsinki", "Atlantic/Reykjavik");

    NewTenantDialog(TenantService tenants, Runnable onCreated) {
        setHeaderTitle(getTranslation("tenants.create"));
        TextField name = new TextField(getTranslation("tenants.name"));
        TextLimits.apply(name, TenantRules.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        TextField code = new TextField(getTranslation("tenants.code"));
        TextLimits.apply(code, TenantRules.CODE_MAX);
        code.setHelperText(getTranslation("tenants.code.help"));
        code.setRequiredIndicatorVisible(true);
        Select<TenantKind> kind = new Select<>();
        kind.setLabel(getTranslation("tenants.kind"));
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(TenantKind.REGION);
        Select<String> country = new Select<>();
        country.setLabel(getTranslation("tenants.country"));
        country.setItems(TenantRules.COUNTRIES);
        country.setItemLabelGenerator(c -> getTranslation("country." + c));
        country.setValue("NO");
        Select<String> zone = new Select<>();
        zone.setLabel(getTranslation("tenants.zone"));
        zone.setItems(ZONES);
        zone.setValue("Europe/Oslo");
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("tenants.language"));
        language.setItems(Arrays.asList(Language.values()));
        language.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        language.setValue(Language.NB);
        country.addValueChangeListener(e -> {
            if ("DK".equals(e.getValue())) {
                zone.setValue("Europe/Copenhagen");
                language.setValue(Language.DA);
            }
        });
        add(new FormLayout(name, code, kind, country, zone, language));
        FormDialog.saveCancel(this, "save-tenant", () -> {
            TenantSummary created = tenants.create(new NewTenant(code.getValue(), name.getValue(),
                    kind.getValue(), country.getValue(), ZoneId.of(zone.getValue()), language.getValue().code()));
            Notify.success("tenants.created", created.name());
            onCreated.run();
        }).bind(code, "tenant.error.code").bind(name, "tenant.error.name");
        name.focus();
    }
}
