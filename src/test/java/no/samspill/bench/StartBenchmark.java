package no.samspill.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark, run on purpose ({@code ./mvnw -Pproduction,bench -DskipTests package exec:java@start-benchmark}): the
 * production jar started as an operator starts it, on a fresh embedded database each time (MariaDB unpacked, the
 * schema migrated, the demo data seeded), timed from the process's start to the first HTTP 200 on /login, and to
 * the end of the demo data. Three runs (-Dbench.runs), one after the other; prints each and the median.
 * -Dbench.args: more arguments for the jar, to compare a setting.
 */
public final class StartBenchmark {

    private StartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("samspill-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/samspill-*.jar: build with -Pproduction"));
        }
        int runs = Integer.getInteger("bench.runs", 3);
        double[] login = new double[runs];
        double[] seeded = new double[runs];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < runs; i++) {
            Path dir = Path.of("target", "bench-db", "start");
            delete(dir);
            Path log = Files.createDirectories(dir).resolve("portal.log");
            int port = 18900 + i;
            long start = System.nanoTime();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-jar", jar.toString(), "--server.port=" + port, "--samspill.embedded-db.base-dir="
                    + dir.resolve("base"), "--samspill.embedded-db.data-dir=" + dir.resolve("data")));
            // settings to compare, e.g. -Dbench.args=--spring.data.jpa.repositories.bootstrap-mode=default
            command.addAll(Arrays.stream(System.getProperty("bench.args", "").split(" ")).filter(a -> !a.isBlank())
                    .toList());
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                login[i] = until(start, p, () -> ok(http, port));
                seeded[i] = until(start, p, () -> Files.readString(log).contains("DEMO USERS ACTIVE"));
                System.out.printf(Locale.ROOT, "run %d: HTTP 200 on /login after %.1f s, demo data seeded after %.1f s%n",
                        i + 1, login[i], seeded[i]);
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
        Arrays.sort(login);
        Arrays.sort(seeded);
        System.out.printf(Locale.ROOT, "cold start of %s on a fresh embedded database, median of %d: /login %.1f s,"
                + " demo data %.1f s (goal: /login at most 20 s)%n", jar.getFileName(), runs, login[runs / 2],
                seeded[runs / 2]);
    }

    private interface Check {
        boolean done() throws IOException;
    }

    private static double until(long start, Process p, Check check) throws Exception {
        while (!check.done()) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the portal stopped; see target/bench-db/start/portal.log");
            }
            if (System.nanoTime() - start > 300_000_000_000L) {
                throw new IllegalStateException("not up after 300 s");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static boolean ok(HttpClient http, int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
