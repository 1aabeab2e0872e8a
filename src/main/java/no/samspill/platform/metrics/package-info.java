/**
 * Operability: Micrometer timers for requests, view navigations and service calls, and the SQL statements each
 * request sends. The Prometheus endpoint that shows them is on a management port of its own, off unless
 * {@code samspill.management.port} is set (README "Metrics").
 */
@NullMarked
package no.samspill.platform.metrics;

import org.jspecify.annotations.NullMarked;
