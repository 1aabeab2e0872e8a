package no.samspill.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hikari's pool over the embedded server, whose every connection waits until the server's background start has
 * finished (see {@link BackgroundMariaDb}). Hikari opens no connection before the first one is asked for, so
 * building the pool does not wait. It stays a {@link HikariDataSource}, for the pool's metrics and health.
 */
final class AwaitingDataSource extends HikariDataSource {

    private static final Logger log = LoggerFactory.getLogger(AwaitingDataSource.class);

    private final BackgroundMariaDb server;
    private final AtomicBoolean waited = new AtomicBoolean();

    AwaitingDataSource(BackgroundMariaDb server) {
        this.server = server;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!server.isStarted()) {
            long start = System.nanoTime();
            try {
                server.await();
            } catch (IllegalStateException e) {
                throw new SQLException(e.getMessage(), e.getCause());
            }
            if (waited.compareAndSet(false, true)) {
                // how much of the start the rest of the context did not hide: the figure to watch (ADR 026)
                log.info("The first connection waited {} ms for the embedded MariaDB's start",
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
        return super.getConnection();
    }
}
