package no.samspill.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Begins the embedded server's start as soon as the environment is read, before the context is even created
 * (registered in META-INF/spring.factories): the few seconds of building the context are seconds the server
 * installs in (ADR 026). The context's {@link EmbeddedDatabaseConfiguration} takes this start over and owns it
 * from then on; it asks the same questions first (not the prod profile, no external database), and a start that
 * the finished environment no longer wants, or that a failed start leaves behind, is stopped here.
 */
final class EarlyMariaDbStart implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyMariaDbStart.class);
    static final String BEAN = "samspillEarlyMariaDbStart";

    private @Nullable Started started;

    /** A start begun before the context, for the directories it was begun with. */
    record Started(BackgroundMariaDb server, Path base, Path data) {
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && started == null
                && wanted(prepared.getEnvironment())) {
            Environment env = prepared.getEnvironment();
            Path base = EmbeddedDatabaseConfiguration.baseDir(env.getProperty("samspill.embedded-db.base-dir",
                    EmbeddedDatabaseConfiguration.DEFAULT_BASE));
            Path data = EmbeddedDatabaseConfiguration.dataDir(env.getProperty("samspill.embedded-db.data-dir",
                    EmbeddedDatabaseConfiguration.DEFAULT_DATA));
            started = new Started(EmbeddedDatabaseConfiguration.begin(base, data,
                    env.getProperty("samspill.embedded-db.fresh", Boolean.class, false)), base, data);
        } else if (event instanceof ApplicationPreparedEvent prepared && started != null) {
            if (wanted(prepared.getApplicationContext().getEnvironment())) {
                prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN, started);
            } else {
                // an initializer pointed the context at another database after all
                stop();
            }
        } else if (event instanceof ApplicationFailedEvent) {
            // the context never took it over, or closed without reaching it: no server may outlive the JVM
            stop();
        }
    }

    /** The conditions of {@link EmbeddedDatabaseConfiguration}, and the switch to begin later. */
    static boolean wanted(Environment env) {
        return !env.acceptsProfiles(Profiles.of("prod"))
                && env.getProperty("spring.datasource.url", "").isBlank()
                && env.getProperty("samspill.embedded-db.early-start", Boolean.class, true);
    }

    private void stop() {
        Started s = started;
        started = null;
        if (s != null) {
            try {
                s.server().stop();
            } catch (ManagedProcessException e) {
                log.warn("Could not stop the embedded MariaDB begun before the context", e);
            }
        }
    }
}
