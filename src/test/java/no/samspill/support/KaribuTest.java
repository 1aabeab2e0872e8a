package no.samspill.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.security.Principal;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browserless UI tests against the real Spring context. The fake request reads the Spring SecurityContext on each
 * call, as Spring Security's request wrapper does in production, so Vaadin's view access checks (@RolesAllowed,
 * the menu) see exactly the logged-in user and their roles in the active tenant.
 */
@SamspillSpringTest
public abstract class KaribuTest {

    private static final Pattern UNFILLED = Pattern.compile("\\{\\d+}");

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers users;

    /**
     * Like Karibu's autoDiscoverViews, but it also finds package-private views (ours are, by the house rules),
     * and it keeps our own error views instead of Karibu's throwing ones, so tests see what users see.
     */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() {
        if (routes != null) {
            return;
        }
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("no.samspill").scan()) {
            scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class).forEach(views::add);
            scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses(Component.class).forEach(views::add);
            scan.getClassesImplementing(HasErrorParameter.class.getName()).loadClasses()
                    .forEach(c -> errorViews.add((Class<? extends HasErrorParameter<?>>) c));
        }
        routes = new Routes(views, errorViews, true);
    }

    @BeforeEach
    void setUpVaadin() {
        AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth == null || trust.isAnonymous(auth) ? null : auth;
                }
            };
            request.setLocaleInt(Locale.of("nb", "NO"));
            request.setUserInRole((principal, role) -> principal instanceof Authentication auth
                    && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        try {
            if (UI.getCurrent() != null) {
                assertNoUnfilledPlaceholder(UI.getCurrent());
            }
        } finally {
            closeVaadin();
        }
    }

    private static void closeVaadin() {
        MockVaadin.tearDown();
        TestUsers.logout();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }

    /** Logs in and opens a fresh page, as the browser does after the login redirect. */
    protected void loginAndOpen(String email, String route) {
        users.login(email);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(route);
    }

    /**
     * The bundle text of a key in the page's language (bokmål in these tests), so an assertion survives a change
     * of wording.
     */
    protected static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** The fixed start of a text with arguments, up to its first argument. */
    protected static String lead(String key) {
        String pattern = t(key);
        int first = pattern.indexOf('{');
        return first < 0 ? pattern : pattern.substring(0, first);
    }

    /** The fixed end of a text with arguments, after its last argument. */
    protected static String tail(String key) {
        String pattern = t(key);
        return pattern.substring(pattern.lastIndexOf('}') + 1);
    }

    /** The text of the newest notification on screen, whether it is plain text or a row of components. */
    protected static String lastNotification() {
        List<Notification> all = NotificationsKt.getNotifications();
        return all.isEmpty() ? "" : all.getLast().getElement().getProperty("text", "")
                + all.getLast().getElement().getTextRecursively();
    }

    /**
     * Every text on the page at the end of a test, in every component (dialogs and notifications too): none may
     * still show a bundle's "{0}", the sign of a translation called without its arguments.
     */
    private static void assertNoUnfilledPlaceholder(Component root) {
        List<String> found = new ArrayList<>();
        collectPlaceholders(root, found);
        assertThat(found).as("texts on the page with an unfilled {n} placeholder").isEmpty();
    }

    private static void collectPlaceholders(Component c, List<String> found) {
        Element e = c.getElement();
        List<String> texts = new ArrayList<>();
        texts.add(e.getText());
        for (String p : List.of("label", "placeholder", "helperText", "errorMessage", "title", "text", "ariaLabel",
                "accessibleName")) {
            texts.add(e.getProperty(p, ""));
        }
        for (String a : List.of("aria-label", "title", "placeholder")) {
            texts.add(e.getAttribute(a) == null ? "" : e.getAttribute(a));
        }
        for (String text : texts) {
            if (UNFILLED.matcher(text).find()) {
                found.add(c.getClass().getSimpleName() + ": " + text);
            }
        }
        c.getChildren().forEach(child -> collectPlaceholders(child, found));
    }

    protected static List<String> menuLabels() {
        return _find(SideNav.class).getFirst().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
