package no.samspill.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.core.Ordered;

/**
 * The server's own time of each request, by the journey step the load benchmark's client names in a header,
 * measured outermost in the filter chain: the browser shares the two cores with the server, so its clock would
 * measure the machine. Records only while {@link #recording} is on.
 */
final class StepTimes implements Filter, Ordered {

    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private volatile boolean recording;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String step = ((HttpServletRequest) request).getHeader(VaadinClient.STEP_HEADER);
            if (recording && step != null) {
                times.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    void record(boolean on) {
        recording = on;
    }

    /** Sorted nanoseconds per step, steps in name order. */
    Map<String, long[]> sorted() {
        Map<String, long[]> result = new TreeMap<>();
        times.forEach((step, queue) -> result.put(step, queue.stream().mapToLong(Long::longValue).sorted().toArray()));
        return result;
    }

    /** All recorded times of the steps whose name starts with the prefix (or of all, for ""), sorted. */
    long[] all(String prefix) {
        List<Long> all = new ArrayList<>();
        times.forEach((step, queue) -> {
            if (step.startsWith(prefix)) {
                all.addAll(queue);
            }
        });
        return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static double percentileMs(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
