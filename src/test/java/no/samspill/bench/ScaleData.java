package no.samspill.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Fills the database with a region's volume of data (bench/scale-data.sql), once: a second run finds the marker (the
 * bench supplier tenants) and keeps what is there. The script runs on one connection, because its ids live in
 * session variables; each statement commits on its own, so a run cut off leaves a partial set that
 * {@code -Dbench.fresh=true} replaces.
 */
public final class ScaleData {

    private static final String SCRIPT = "/bench/scale-data.sql";
    private static final String CHUNKED = "-- @chunked ";

    private ScaleData() {
    }

    /**
     * True when the scale data is complete: the script's last row (the big steering group's plan) is there. A
     * partial set (a run cut off) cannot be completed, because the ids are offsets from what was there before.
     */
    public static boolean present(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM steering_group_plan p JOIN steering_group g"
                    + " ON g.id = p.group_id WHERE g.name = 'Styringsgruppe bench 001'")) {
                r.next();
                if (r.getLong(1) > 0) {
                    return true;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM tenant WHERE code LIKE 'bs-%'")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("target/bench-db holds a partial set of scale data (a run cut"
                            + " off?): run again with -Dbench.fresh=true");
                }
            }
            return false;
        }
    }

    /** Runs the script and returns the seconds it took. */
    public static double generate(DataSource ds) throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // the generated rows are reproducible, so a crash may lose the last second of them
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
            for (Step step : steps()) {
                for (String sql : step.expanded()) {
                    long t = System.nanoTime();
                    int rows = s.executeUpdate(sql);
                    double secs = (System.nanoTime() - t) / 1e9;
                    if (secs > 0.5 || rows > 1000) {
                        System.out.printf(Locale.ROOT, "  %7d rows %6.1f s  %s%n", rows, secs, firstLine(sql));
                    }
                }
            }
            for (String table : List.of("tenant", "org_unit", "user_account", "membership", "membership_role",
                    "procurement_project", "procurement_project_unit", "procurement_phase_change", "market_dialogue",
                    "dialogue_section", "dialogue_question", "dialogue_participant", "dialogue_answer", "ref_group",
                    "ref_group_member", "ref_group_meeting", "ref_meeting_attendee", "review_document",
                    "review_version", "review_section", "review_comment", "action_plan", "action_item",
                    "action_item_history", "action_item_dependency", "round_table", "round_table_participant",
                    "round_table_entry", "steering_group", "steering_member", "steering_decision_point",
                    "steering_meeting", "case_paper", "steering_agenda_item", "steering_decision",
                    "steering_group_plan", "audit_entry", "notice")) {
                s.execute("ANALYZE TABLE " + table);
            }
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 1");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Row counts of the main tables, for the report. */
    public static String counts(DataSource ds) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("tenant", "user_account", "membership", "procurement_project",
                    "market_dialogue", "dialogue_participant", "dialogue_answer", "ref_group", "review_document",
                    "review_comment", "action_plan", "action_item", "steering_group", "steering_meeting",
                    "case_paper", "audit_entry", "notice")) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    out.append(String.format(Locale.ROOT, "  %-22s %,10d%n", table, r.getLong(1)));
                }
            }
        }
        return out.toString();
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 90 ? line.substring(0, 90) : line;
    }

    private static List<Step> steps() throws IOException {
        String text;
        try (InputStream in = ScaleData.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Step> steps = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        @Nullable String chunked = null;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(CHUNKED)) {
                chunked = trimmed.substring(CHUNKED.length());
                continue;
            }
            if (trimmed.startsWith("--") || trimmed.isEmpty() && current.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                steps.add(new Step(sql.substring(0, sql.length() - 1), chunked));
                current.setLength(0);
                chunked = null;
            }
        }
        return steps;
    }

    /** One statement; a chunked one ("from to size") runs once per range of its {FROM}..{TO} sequence. */
    private record Step(String sql, @Nullable String chunked) {

        List<String> expanded() {
            if (chunked == null) {
                return List.of(sql);
            }
            String[] p = chunked.split(" ");
            long from = Long.parseLong(p[0]);
            long to = Long.parseLong(p[1]);
            long size = Long.parseLong(p[2]);
            List<String> out = new ArrayList<>();
            for (long a = from; a <= to; a += size) {
                out.add(sql.replace("{FROM}", Long.toString(a)).replace("{TO}", Long.toString(Math.min(to, a + size - 1))));
            }
            return out;
        }
    }
}
