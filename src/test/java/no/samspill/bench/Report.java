package no.samspill.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints what the load benchmark measured. */
final class Report {

    private Report() {
    }

    static void load(StepTimes times, int sessions, int think, double seconds) {
        long[] all = times.all("");
        System.out.printf(Locale.ROOT, "%n=== server time per round trip: %d sessions, pauses about %d ms, %.0f s, "
                + "%d requests (%.1f per second) ===%n", sessions, think, seconds, all.length, all.length / seconds);
        System.out.printf(Locale.ROOT, "%-26s %7s %10s %8s %8s%n", "step", "count", "median ms", "p95 ms", "max ms");
        times.sorted().forEach((step, sorted) -> line(step, sorted));
        long[] bare = times.all("bare:");
        long[] journeys = journeys(times);
        System.out.println();
        line("all journey steps", journeys);
        line("bare view steps", bare);
        line("all round trips", all);
        System.out.printf(Locale.ROOT, "ratio journeys / bare view: median %.1f, p95 %.1f%n",
                StepTimes.percentileMs(journeys, 50) / StepTimes.percentileMs(bare, 50),
                StepTimes.percentileMs(journeys, 95) / StepTimes.percentileMs(bare, 95));
    }

    private static long[] journeys(StepTimes times) {
        List<Long> list = new ArrayList<>();
        times.sorted().forEach((step, sorted) -> {
            if (!step.startsWith("bare:")) {
                for (long t : sorted) {
                    list.add(t);
                }
            }
        });
        return list.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void line(String step, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-26s %7d %10.1f %8.1f %8.1f%n", step, sorted.length,
                StepTimes.percentileMs(sorted, 50), StepTimes.percentileMs(sorted, 95),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    /** {@code benchmark}: what the benchmark itself added to the heap (its clients, its first histogram). */
    static void memory(long heap10, long heap40, long benchmark, Map<String, long[]> at10, Map<String, long[]> at40) {
        System.out.printf(Locale.ROOT, "%n=== live heap after a full GC ===%n10 sessions: %.1f MB, 40 sessions: %.1f MB,"
                + " growth per session: %.0f KB, of which the benchmark's own (its clients, its first"
                + " histogram) %.0f KB;%nper session in the portal: %.0f KB (goal: at most 150 KB)%n", heap10 / 1048576.0,
                heap40 / 1048576.0, (heap40 - heap10) / 30.0 / 1024, benchmark / 30.0 / 1024,
                (heap40 - heap10 - benchmark) / 30.0 / 1024);
        System.out.println("largest growth by class, 10 -> 40 sessions (KB per session, instances per session):");
        growth(at10, at40, name -> true);
        // the JDK's maps and arrays above say little of who holds them; the libraries' own classes say more
        System.out.println("largest growth among the classes of the portal and its libraries:");
        growth(at10, at40, name -> !name.startsWith("[") && !name.startsWith("java.") && !name.startsWith("jdk."));
    }

    private static void growth(Map<String, long[]> at10, Map<String, long[]> at40,
            java.util.function.Predicate<String> which) {
        at40.entrySet().stream().filter(e -> !e.getKey().equals("Total") && which.test(e.getKey()))
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - at10.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - at10.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(20)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.1f KB %7.0f  %s%n", e.getValue()[1] / 30.0 / 1024,
                        e.getValue()[0] / 30.0, e.getKey()));
    }
}
