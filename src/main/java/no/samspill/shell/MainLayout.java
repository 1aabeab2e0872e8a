package no.samspill.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samspill.identity.AccountService;
import no.samspill.identity.AccountSummary;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.HeaderItem;
import no.samspill.platform.ui.UserMenuEntry;

/**
 * The frame of every logged-in view. The side navigation lists only what the user may open: Vaadin's
 * MenuConfiguration applies the same access checks as navigation does. Menu titles are message keys.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    static final String CONTENT_ID = "main-content";

    MainLayout(AccountService accounts, AuthenticationContext authentication, List<HeaderItem> headerItems,
            List<UserMenuEntry> userMenuEntries) {
        AccountSummary me = accounts.me();
        setPrimarySection(Section.DRAWER);
        addToNavbar(skipLink());
        Anchor statement = new Anchor(AccessibilityStatementView.ROUTE, getTranslation("shell.accessibility"));
        statement.setId("accessibility-link");
        statement.addClassName("samspill-drawer-footer");
        Scroller menu = new Scroller(navigation(me.activeTenantIsBuyer()));
        menu.addClassName("samspill-drawer-menu");
        addToDrawer(brand(), menu, statement);
        List<Component> items = headerItems.stream().sorted(Comparator.comparingInt(HeaderItem::order))
                .map(HeaderItem::create).flatMap(Optional::stream).toList();
        List<UserMenuEntry> entries = userMenuEntries.stream()
                .sorted(Comparator.comparingInt(UserMenuEntry::order)).toList();
        HeaderBar header = new HeaderBar(me, accounts, authentication, items, entries);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        HorizontalLayout bar = new HorizontalLayout(toggle, header);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(header);
        bar.addClassName("samspill-navbar");
        addToNavbar(bar);
    }

    /**
     * The first stop of the Tab key (WCAG 2.4.1): past the menu to the page's content. Focus is moved in the
     * browser, without a change of the address, which the router would take for a navigation.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("shell.skip-to-content"));
        skip.getElement().setAttribute("router-ignore", true);
        skip.setId("skip-to-content");
        skip.addClassName("samspill-skip-link");
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); if (main) { main.focus(); } })", CONTENT_ID);
        return skip;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("id", CONTENT_ID);
        content.getElement().setAttribute("tabindex", "-1");
        content.getElement().setAttribute("role", "main");
    }

    private static Span brand() {
        Span brand = new Span(UI.getCurrent().getTranslation("app.name"));
        brand.addClassName("samspill-brand");
        return brand;
    }

    private SideNav navigation(boolean buyer) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!buyer && entry.menuClass() != null && entry.menuClass().isAnnotationPresent(BuyerOnly.class)) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
