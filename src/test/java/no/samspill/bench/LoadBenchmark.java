package no.samspill.bench;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.Application;
import no.samspill.support.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, run on purpose ({@code ./mvnw -Pproduction,bench test-compile exec:java@load-benchmark}), never as a
 * test: the portal in production mode on a fresh embedded MariaDB with the demo data, and sessions that follow the
 * four journeys of issue 13 (a supplier answering, a lead reading the answer matrix, a clinician commenting, a
 * secretary opening a meeting) by replaying Vaadin's protocol over HTTP (VaadinClient). Each cycle also opens the
 * bare view and clicks its button, so its time under the same load is the baseline. The server's time of every
 * request is taken in a filter (StepTimes); it prints median and p95 per step, and the ratio to the bare view.
 * Memory: the live heap after a full GC (the GC.class_histogram diagnostic command) with 10 sessions open and with 40, the difference
 * divided by 30. Options: -Dbench.sessions=30, -Dbench.warmup-s=20, -Dbench.seconds=60, -Dbench.think-ms=1000
 * (each pause is between half and one and a half of it), -Dbench.memory-view=bare (the sessions are measured
 * on the bare view instead of their journey's last view), -Dbench.heap-dump=file.hprof (the heap with 40 sessions,
 * live objects only), -Dbench.retainers=true (what the 40 sessions hold, by class and path: SessionRetainers).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 30);
        int warmup = Integer.getInteger("bench.warmup-s", 20);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int think = Integer.getInteger("bench.think-ms", 1000);
        // the heap of sessions that sit on the bare view: what the layout, the login and Vaadin's session cost
        boolean bareOnly = "bare".equals(System.getProperty("bench.memory-view"));
        StepTimes times = new StepTimes();
        SessionRetainers retainers = new SessionRetainers();
        long boot = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .initializers(c -> {
                    c.getBeanFactory().registerSingleton("benchStepTimes", times);
                    c.getBeanFactory().registerSingleton("benchSessions", retainers);
                    c.getBeanFactory().registerSingleton("benchBaselineRoutes", baselineRoutes());
                })
                // command-line arguments, not builder properties: application.properties would win over those
                .run("--server.port=0", "--spring.main.banner-mode=off",
                        "--samspill.embedded-db.base-dir=target/bench-db/load-base",
                        "--samspill.embedded-db.data-dir=target/bench-db/load-data",
                        "--samspill.embedded-db.fresh=true", "--samspill.public-url=http://portal.bench/",
                        "--logging.level.root=WARN", "--samspill.login-throttle.prune-cron=-",
                        "--samspill.reminders.dialogue-cron=-", "--samspill.reminders.review-cron=-",
                        "--samspill.reminders.action-cron=-", "--samspill.notices.digest-cron=-",
                        "--samspill.notices.cleanup-cron=-")) {
            System.out.printf(Locale.ROOT, "portal up with demo data in %.1f s, Vaadin %s%n",
                    (System.nanoTime() - boot) / 1e9, productionMode() ? "production mode"
                            : "DEVELOPMENT MODE (run with -Pproduction for figures that count)");
            String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            Journeys journeys = Journeys.on(jdbc);
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();

            // memory: sessions opened one after another, each through one cycle of its journey, left on its view
            List<Session> open = new ArrayList<>();
            long heap10 = 0;
            Map<String, long[]> histogram10 = Map.of();
            Map<String, long[]> shared10 = Map.of();
            for (int i = 0; i < Math.max(40, sessions); i++) {
                Session s = new Session(i, journeys, new VaadinClient(http, base));
                s.start();
                s.cycle(0);
                if (bareOnly) {
                    s.client.navigate(BARE_A, "bare:open");
                }
                open.add(s);
                if (open.size() == 10) {
                    histogram10 = Heap.histogram();
                    heap10 = Heap.total(histogram10);
                    if (Boolean.getBoolean("bench.retainers")) {
                        // held until the 40 sessions are walked: it swells the heap measured with 40 (said below)
                        shared10 = retainers.sharedPaths(ctx);
                    }
                }
            }
            Map<String, long[]> histogram40 = Heap.histogram();
            String dump = System.getProperty("bench.heap-dump", "");
            if (!dump.isEmpty()) {
                // for a tool that names the retainers (Eclipse MAT, VisualVM); the class histogram cannot
                java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(dump, true);
                System.out.println("heap with 40 sessions dumped to " + dump);
            }
            long heap40 = Heap.total(histogram40);
            // the replayed clients of sessions 11 to 40 grew this heap too; they are not the portal's
            long clients = retainers.reach(open.subList(10, open.size()), http, journeys);
            // and so does the histogram taken with 10, some 15,000 class names with their counts
            long histogram = Heap.footprint(histogram10);
            if (Boolean.getBoolean("bench.retainers")) {
                retainers.report(java.util.Arrays.stream(Journeys.Journey.values()).map(Enum::name).toList(), ctx);
                SessionRetainers.printGrowth(shared10, retainers.sharedPaths(ctx), open.size() - 10);
                System.out.println("(with -Dbench.retainers the heap with 40 sessions holds the walk's own paths too:"
                        + " take the heap per session from a run without it)");
            }

            // load: the first sessions follow their journeys at once; the warm-up is not recorded
            AtomicInteger failures = new AtomicInteger();
            Map<String, String> firstFailures = new ConcurrentHashMap<>();
            long comments = jdbc.queryForObject("select count(*) from review_comment", Long.class);
            long answersBefore = jdbc.queryForObject("select coalesce(sum(version), 0) from dialogue_answer",
                    Long.class);
            run(open.subList(0, sessions), warmup, think, failures, firstFailures);
            times.record(true);
            long start = System.nanoTime();
            run(open.subList(0, sessions), seconds, think, failures, firstFailures);
            double elapsed = (System.nanoTime() - start) / 1e9;
            times.record(false);

            Report.load(times, sessions, think, elapsed);
            System.out.printf(Locale.ROOT, "comments sent: %d, answer versions saved over the first: %d, failed steps: %d%n",
                    jdbc.queryForObject("select count(*) from review_comment", Long.class) - comments,
                    jdbc.queryForObject("select coalesce(sum(version), 0) from dialogue_answer", Long.class)
                            - answersBefore, failures.get());
            firstFailures.forEach((step, message) -> System.out.println("  first failure of " + step + ": " + message));
            Report.memory(heap10, heap40, clients + histogram, histogram10, histogram40);
        }
    }

    /** Each session follows its journey in a thread of its own until the time is up. */
    private static void run(List<Session> sessions, int seconds, int think, AtomicInteger failures,
            Map<String, String> firstFailures) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (Session s : sessions) {
            threads.add(Thread.ofPlatform().name("bench-" + s.index).start(() -> {
                int round = 1;
                while (System.nanoTime() < end) {
                    try {
                        s.pause = () -> pause(think);
                        s.cycle(round++);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstFailures.putIfAbsent(s.journey.name(), String.valueOf(e.getMessage()));
                        try {
                            s.restart();
                        } catch (Exception again) {
                            firstFailures.putIfAbsent(s.journey.name() + " (login)", String.valueOf(again));
                            return;
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static void pause(int think) {
        if (think <= 0) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(think / 2, think * 3L / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One replayed browser session on one journey. */
    static final class Session {
        final int index;
        final Journeys.Journey journey;
        private final Journeys targets;
        private VaadinClient client;
        private final VaadinClient.Factory factory;
        Runnable pause = () -> { };

        Session(int index, Journeys targets, VaadinClient client) {
            this.index = index;
            this.targets = targets;
            this.journey = targets.forSession(index);
            this.client = client;
            this.factory = client.factory();
        }

        void start() throws Exception {
            client.login(journey.user(targets, index), TestUsers.PASSWORD, BARE_B);
        }

        void restart() throws Exception {
            client = factory.create();
            start();
        }

        void cycle(int round) throws Exception {
            String bare = round % 2 == 0 ? BARE_A : BARE_B;
            pause.run();
            client.navigate(bare, "bare:open");
            pause.run();
            client.click(BaselineView.BUTTON_ID, "bare:click");
            journey.cycle(targets, client, index, round, pause);
        }
    }

    private static boolean productionMode() throws java.io.IOException {
        try (var in = LoadBenchmark.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            return in != null && new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(" ", "").contains("\"productionMode\":true");
        }
    }

    static final String BARE_A = "bench-a";
    static final String BARE_B = "bench-b";

    /** The two bare routes, in the portal's layout, registered when Vaadin starts; no production scan finds them. */
    @SuppressWarnings("unchecked")
    private static VaadinServiceInitListener baselineRoutes() {
        return event -> {
            try {
                Class<? extends RouterLayout> layout = (Class<? extends RouterLayout>) Class.forName(
                        "no.samspill.shell.MainLayout");
                RouteConfiguration routes = RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
                routes.setRoute(BARE_A, BaselineView.class, List.of(layout));
                routes.setRoute(BARE_B, BaselineView.Other.class, List.of(layout));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
