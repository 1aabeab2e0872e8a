package no.samspill.shell;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import no.samspill.identity.AccountService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.TenantGrant;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.assertNavigationDenied;
import static no.samspill.support.Views.heading;
import static no.samspill.support.Views.t;
import static org.assertj.core.api.Assertions.assertThat;

class ShellViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void anonymous_visitor_is_sent_to_the_login_form() {
        UI.getCurrent().navigate("");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void a_failed_login_shows_the_error_on_the_login_form() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void logged_in_user_lands_on_my_work_with_tenant_and_roles() {
        loginAndOpen(TestUsers.HSO_MEMBER, "");
        assertThat(heading()).isEqualTo("Mitt arbeid");
        assertThat(_get(Paragraph.class, s -> s.withId("active-tenant-name")).getText())
                .isEqualTo("Helse Sør-Øst RHF");
        assertThat(_get(Paragraph.class, s -> s.withId("my-roles")).getText()).isEqualTo("Medlem");
    }

    @Test
    void a_suppliers_admin_is_not_offered_the_buyer_side_in_the_menu() {
        loginAndOpen(TestUsers.MEDTRONIC_ADMIN, "");
        // Anne Moe reads the portal in English
        assertThat(menuLabels()).doesNotContain("Procurements", "Reference groups", "Action plans", "Round tables",
                "Steering groups").contains("My work", "Market dialogues", "Users");
    }

    @Test
    void tenant_admin_sees_the_admin_views_in_the_menu_but_not_tenants() {
        loginAndOpen(TestUsers.HSO_ADMIN, "");
        assertThat(menuLabels()).containsExactly("Mitt arbeid", "Anskaffelser", "Referansegrupper", "Handlingsplaner", "Rundebord",
                "Styringsgrupper", "Kunnskapsbase", "Porteføljer",
                "Brukere", "Organisasjon", "Erklæringsmaler", "Revisjonslogg");
    }

    @Test
    void supplier_user_sees_only_their_views_and_cannot_open_admin_views() {
        loginAndOpen(TestUsers.MEDTRONIC_USER, "");
        assertThat(menuLabels()).containsExactly("Mitt arbeid", "Markedsdialoger", "Kunnskapsbase");
        assertNavigationDenied("users");
        assertNavigationDenied("audit");
        assertNavigationDenied("organisation");
        assertNavigationDenied("tenants");
    }

    @Test
    void platform_admin_sees_tenants_but_no_tenant_admin_views() {
        loginAndOpen(TestUsers.PLATFORM_ADMIN, "");
        assertThat(menuLabels()).containsExactly("Mitt arbeid", "Kunnskapsbase", "Virksomheter", "E-post",
                "Søkeinnstillinger");
        assertNavigationDenied("users");
    }

    @Test
    void switching_tenant_changes_what_is_shown() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        assertThat(_get(Paragraph.class, s -> s.withId("active-tenant-name")).getText())
                .isEqualTo("Helse Sør-Øst RHF");
        @SuppressWarnings("unchecked")
        Select<TenantGrant> switcher = _get(Select.class, s -> s.withId("tenant-switcher"));
        TenantGrant other = switcher.getListDataView().getItems()
                .filter(g -> g.tenantName().equals("Sykehusinnkjøp HF")).findFirst().orElseThrow();
        _setValue(switcher, other);
        assertThat(_get(Paragraph.class, s -> s.withId("active-tenant-name")).getText())
                .isEqualTo("Sykehusinnkjøp HF");
        assertThat(accounts.me().activeTenant().tenantName()).isEqualTo("Sykehusinnkjøp HF");
    }

    @Test
    void switching_language_changes_labels_and_is_remembered() {
        loginAndOpen(TestUsers.SKI_ADMIN, "");
        assertThat(heading()).isEqualTo("Mitt arbeid");
        try {
            @SuppressWarnings("unchecked")
            Select<Language> languages = _get(Select.class, s -> s.withId("language-switcher"));
            _setValue(languages, Language.EN);
            assertThat(heading()).isEqualTo("My work");
            assertThat(menuLabels()).contains("Users", "Audit log");
            @SuppressWarnings("unchecked")
            Select<Language> again = _get(Select.class, s -> s.withId("language-switcher"));
            _setValue(again, Language.DA);
            assertThat(heading()).isEqualTo("Mit arbejde");
            assertThat(accounts.me().language()).isEqualTo(Language.DA);
        } finally {
            accounts.changeLanguage(Language.NB);
        }
    }

    @Test
    void the_user_menu_offers_language_and_organisation_too_for_narrow_screens() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        assertThat(_get(Select.class, s -> s.withId("language-switcher")).getClassNames())
                .contains("samspill-wide-only");
        MenuBar menu = _get(MenuBar.class, s -> s.withId("user-menu"));
        ContextMenuKt._clickItemWithCaption(menu, "Sykehusinnkjøp HF");
        assertThat(_get(Paragraph.class, s -> s.withId("active-tenant-name")).getText())
                .isEqualTo("Sykehusinnkjøp HF");
        try {
            ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, s -> s.withId("user-menu")), "English");
            assertThat(heading()).isEqualTo("My work");
        } finally {
            accounts.changeLanguage(Language.NB);
        }
    }

    @Test
    void the_first_stop_of_the_tab_key_skips_to_the_content() {
        loginAndOpen(TestUsers.HSO_LEAD, "projects");
        Anchor skip = _get(Anchor.class, s -> s.withId("skip-to-content"));
        assertThat(skip.getText()).isEqualTo(t("shell.skip-to-content"));
        assertThat(skip.getHref()).isEqualTo("#main-content");
        assertThat(_find(Component.class, s -> s.withId("main-content"))).hasSize(1)
                .allSatisfy(c -> assertThat(c.getElement().getAttribute("tabindex")).isEqualTo("-1"));
    }

    @Test
    void users_get_their_saved_language_after_login() {
        loginAndOpen(TestUsers.RM_ADMIN, "");
        assertThat(heading()).isEqualTo("Mit arbejde");
        assertThat(t("nav.users")).isEqualTo("Brugere");
    }

    @Test
    void an_unknown_route_has_not_found_as_its_document_title() {
        loginAndOpen(TestUsers.HSO_MEMBER, "");
        // UI.navigate(String) ignores an unknown location in Karibu; the router shows what a browser would get
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.PROGRAMMATIC);
        assertThat(heading()).isEqualTo("Ikke funnet");
        assertThat(ui.getInternals().getTitle()).isEqualTo("Ikke funnet – Samspill");
    }

    @Test
    void a_missing_object_has_not_found_as_its_document_title() {
        loginAndOpen(TestUsers.HSO_LEAD, "projects/999999999");
        assertThat(heading()).isEqualTo("Ikke funnet");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Ikke funnet – Samspill");
    }

    @Test
    void a_page_the_role_may_not_open_has_no_access_as_its_document_title() {
        // a supplier's admin holds the admin role, so the route opens, and the service refuses the buyer-only list
        loginAndOpen(TestUsers.MEDTRONIC_ADMIN, "steering");
        assertThat(heading()).isEqualTo("No access");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("No access – Samspill");
    }

    @Test
    void a_route_refused_by_its_roles_has_no_access_as_its_document_title() {
        loginAndOpen(TestUsers.HSO_MEMBER, "users");
        assertThat(heading()).isEqualTo("Ingen tilgang");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Ingen tilgang – Samspill");
    }
}
