package no.samspill.platform.metrics;

/**
 * The SQL statements the current request's thread has sent so far. A Vaadin round trip runs on one thread, so a
 * counter per thread is the request's; statements of other threads (the outbox, event listeners) are not counted.
 */
final class RequestStatements {

    // an int[] rather than an Integer, so that counting a statement allocates nothing
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private RequestStatements() {
    }

    static void begin() {
        COUNT.set(new int[1]);
    }

    /** Adds the statements a JDBC call sent; outside a request (a scheduled job) it counts nothing. */
    static void add(int statements) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0] += statements;
        }
    }

    /** The request's statements, and the end of its counting. */
    static int end() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }
}
