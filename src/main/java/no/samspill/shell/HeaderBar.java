package no.samspill.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.List;
import no.samspill.identity.AccountService;
import no.samspill.identity.AccountSummary;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.TenantGrant;
import no.samspill.platform.ui.UserMenuEntry;

/** Tenant switcher, language switcher, the features' header items (e.g. the bell) and the user menu. */
class HeaderBar extends HorizontalLayout {

    HeaderBar(AccountSummary me, AccountService accounts, AuthenticationContext authentication,
            List<Component> items, List<UserMenuEntry> entries) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        Select<TenantGrant> tenants = tenantSwitcher(me, accounts);
        Select<Language> languages = languageSwitcher(accounts);
        // on a phone the two choosers leave the bar for the user menu, so that the menu (and logout) stays on screen
        tenants.addClassName("samspill-wide-only");
        languages.addClassName("samspill-wide-only");
        add(tenants, languages);
        items.forEach(this::add);
        add(userMenu(me, accounts, authentication, entries));
    }

    private Select<TenantGrant> tenantSwitcher(AccountSummary me, AccountService accounts) {
        Select<TenantGrant> tenants = new Select<>();
        tenants.setId("tenant-switcher");
        tenants.setAriaLabel(getTranslation("shell.tenant"));
        tenants.setItems(me.grants());
        tenants.setItemLabelGenerator(TenantGrant::tenantName);
        tenants.setEmptySelectionAllowed(false);
        if (me.activeTenant() != null) {
            tenants.setValue(me.activeTenant());
        } else {
            tenants.setPlaceholder(getTranslation("shell.no-tenant"));
        }
        tenants.setEnabled(me.grants().size() > 1);
        tenants.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTenant(e.getValue(), accounts);
            }
        });
        return tenants;
    }

    private static void switchTenant(TenantGrant grant, AccountService accounts) {
        accounts.switchTenant(grant.tenantId());
        UI ui = UI.getCurrent();
        ui.navigate(DashboardView.class);
        ui.refreshCurrentRoute(true);
    }

    private Select<Language> languageSwitcher(AccountService accounts) {
        Select<Language> languages = new Select<>();
        languages.setId("language-switcher");
        languages.setAriaLabel(getTranslation("shell.language"));
        languages.setItems(Arrays.asList(Language.values()));
        languages.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        languages.setValue(Language.of(UI.getCurrent().getLocale()));
        languages.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != e.getOldValue()) {
                switchLanguage(e.getValue(), accounts);
            }
        });
        return languages;
    }

    static void switchLanguage(Language language, AccountService accounts) {
        accounts.changeLanguage(language);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Language.SESSION_ATTRIBUTE, language.code());
        session.setLocale(language.locale());
        language.applyTo(UI.getCurrent());
        UI.getCurrent().refreshCurrentRoute(true);
    }

    private MenuBar userMenu(AccountSummary me, AccountService accounts, AuthenticationContext authentication,
            List<UserMenuEntry> entries) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        SubMenu sub = menu.addItem(new Span(me.displayName())).getSubMenu();
        sub.addItem(new Span(me.email())).setEnabled(false);
        sub.addItem(getTranslation("shell.change-password"), e -> new ChangePasswordDialog(accounts).open())
                .setId("change-password");
        if (me.grants().size() > 1) {
            SubMenu switchTo = sub.addItem(getTranslation("shell.tenant")).getSubMenu();
            for (TenantGrant grant : me.grants()) {
                MenuItem item = switchTo.addItem(grant.tenantName(), e -> switchTenant(grant, accounts));
                item.setCheckable(true);
                item.setChecked(grant.equals(me.activeTenant()));
            }
        }
        SubMenu language = sub.addItem(getTranslation("shell.language")).getSubMenu();
        Language current = Language.of(UI.getCurrent().getLocale());
        for (Language l : Language.values()) {
            MenuItem item = language.addItem(getTranslation("language." + l.code()), e -> {
                if (l != current) {
                    switchLanguage(l, accounts);
                }
            });
            item.setCheckable(true);
            item.setChecked(l == current);
        }
        for (UserMenuEntry entry : entries) {
            sub.addItem(getTranslation(entry.titleKey()), e -> UI.getCurrent().navigate(entry.route()));
        }
        sub.addItem(getTranslation("shell.logout"), e -> authentication.logout());
        return menu;
    }
}
