package no.samspill.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A datasource proxy around the pool that, while the benchmark thread records, counts the statements of a
 * navigation and times each statement (execute only, not the fetch of its rows), keyed by its SQL text; it keeps
 * the parameters of each statement's slowest run, so that its plan can be shown with the same values.
 */
final class QueryStats implements QueryExecutionListener {

    private static final ThreadLocal<@Nullable Recording> RECORDING = new ThreadLocal<>();
    private static final ThreadLocal<long[]> STARTED = ThreadLocal.withInitial(() -> new long[1]);
    private final Map<String, Stat> stats = new ConcurrentHashMap<>();

    /** Wraps every DataSource bean in the proxy. */
    BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource p
                        && "bench".equals(p.getProxyConfig().getDataSourceName()))) {
                    return ProxyDataSourceBuilder.create(ds).name("bench").listener(QueryStats.this).build();
                }
                return bean;
            }
        };
    }

    /** Runs {@code work} and returns how many statements this thread sent meanwhile. */
    int record(Runnable work, boolean timed) {
        Recording r = new Recording(timed);
        RECORDING.set(r);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        last = r.sql;
        return r.statements;
    }

    private List<String> last = List.of();

    /** The statements of the last recorded run, in order (for -Dbench.dump). */
    List<String> last() {
        return last;
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        STARTED.get()[0] = System.nanoTime();
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        Recording r = RECORDING.get();
        if (r == null) {
            return;
        }
        long nanos = System.nanoTime() - STARTED.get()[0];
        r.statements += queryInfoList.size();
        queryInfoList.forEach(q -> r.sql.add(q.getQuery()));
        if (!r.timed) {
            return;
        }
        for (QueryInfo q : queryInfoList) {
            List<@Nullable Object> params = new ArrayList<>();
            if (!q.getParametersList().isEmpty()) {
                q.getParametersList().getFirst().stream()
                        .sorted(Comparator.comparingInt(op -> ((Number) op.getArgs()[0]).intValue()))
                        .forEach(op -> params.add(value(op)));
            }
            stats.computeIfAbsent(q.getQuery(), Stat::new).add(nanos / queryInfoList.size(), params);
        }
    }

    /** The value a setter gave; setNull's second argument is the SQL type, not a value. */
    private static @Nullable Object value(ParameterSetOperation op) {
        Object[] args = op.getArgs();
        return "setNull".equals(op.getMethod().getName()) || args.length < 2 ? null : args[1];
    }

    /** The slowest distinct statements by total and by max time, each with MariaDB's plan. */
    String slowest(DataSource ds, int limit) {
        StringBuilder out = new StringBuilder();
        List<Stat> all = new ArrayList<>(stats.values());
        out.append(String.format(Locale.ROOT, "%d distinct statements seen in timed navigations%n", all.size()));
        section(out, ds, "by total time", all.stream().sorted(Comparator.comparingLong(Stat::total).reversed())
                .limit(limit).toList());
        section(out, ds, "by max time", all.stream().sorted(Comparator.comparingLong(Stat::max).reversed())
                .limit(limit).toList());
        return out.toString();
    }

    private static void section(StringBuilder out, DataSource ds, String title, List<Stat> top) {
        out.append("\n=== ").append(limitTitle(title, top.size())).append(" ===\n");
        int i = 1;
        for (Stat s : top) {
            out.append(String.format(Locale.ROOT, "%n#%d  calls %d  total %.1f ms  mean %.2f ms  max %.2f ms%n", i++,
                    s.calls, s.total / 1e6, s.total / 1e6 / s.calls, s.max / 1e6));
            out.append("  SQL: ").append(s.sql).append('\n');
            out.append("  params (slowest run): ").append(s.maxParams).append('\n');
            out.append(explain(ds, s.sql, s.maxParams));
        }
    }

    private static String limitTitle(String title, int n) {
        return "top " + n + " statements " + title;
    }

    private static String explain(DataSource ds, String sql, List<@Nullable Object> params) {
        if (!sql.stripLeading().regionMatches(true, 0, "select", 0, 6)) {
            return "  (no EXPLAIN: not a SELECT)\n";
        }
        StringBuilder out = new StringBuilder();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                out.append("  EXPLAIN:");
                for (int col = 1; col <= md.getColumnCount(); col++) {
                    out.append(' ').append(md.getColumnLabel(col)).append(col < md.getColumnCount() ? " |" : "");
                }
                out.append('\n');
                while (r.next()) {
                    out.append("   ");
                    for (int col = 1; col <= md.getColumnCount(); col++) {
                        out.append(' ').append(r.getString(col)).append(col < md.getColumnCount() ? " |" : "");
                    }
                    out.append('\n');
                }
            }
        } catch (SQLException e) {
            out.append("  EXPLAIN failed: ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }

    private static final class Recording {
        final boolean timed;
        final List<String> sql = new ArrayList<>();
        int statements;

        Recording(boolean timed) {
            this.timed = timed;
        }
    }

    private static final class Stat {
        final String sql;
        long calls;
        long total;
        long max;
        List<@Nullable Object> maxParams = List.of();

        Stat(String sql) {
            this.sql = sql;
        }

        synchronized void add(long nanos, List<@Nullable Object> params) {
            calls++;
            total += nanos;
            if (nanos >= max) {
                max = nanos;
                maxParams = params;
            }
        }

        long total() {
            return total;
        }

        long max() {
            return max;
        }
    }
}
