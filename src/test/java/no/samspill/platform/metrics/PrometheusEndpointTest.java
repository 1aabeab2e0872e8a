package no.samspill.platform.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.samspill.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port set, the Prometheus endpoint answers there, without login, with the portal's meters;
 * the public port has no such endpoint and keeps the probes. (Without the setting there is no endpoint at all:
 * OperationsEndpointsTest.) A server of its own on real ports, with a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samspill.embedded-db.base-dir=target/test-db/metrics-base",
        "samspill.embedded-db.data-dir=target/test-db/metrics-data",
        "samspill.embedded-db.fresh=true",
        "samspill.demo-data=false",
        "samspill.management.port=0",
        // Spring's tests switch metrics export off unless told otherwise
        "management.defaults.metrics.export.enabled=true",
        "management.prometheus.metrics.export.enabled=true",
        "spring.main.banner-mode=off",
        "samspill.login-throttle.prune-cron=-",
        "samspill.reminders.dialogue-cron=-",
        "samspill.reminders.review-cron=-",
        "samspill.reminders.action-cron=-",
        "samspill.notices.digest-cron=-",
        "samspill.notices.cleanup-cron=-"})
@Import(TestClockConfiguration.class)
class PrometheusEndpointTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_management_port_serves_the_meters_and_the_public_port_does_not() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("samspill_request_seconds_count{kind=\"page\"")
                .contains("samspill_request_statements_count{kind=\"page\"")
                .contains("samspill_request_seconds_bucket");

        // on the public port the path is just an unknown page of the portal's
        assertThat(get(port, "/actuator/prometheus").body()).doesNotContain("samspill_request")
                .doesNotContain("jvm_memory");
    }

    @Test
    void the_probes_stay_on_the_public_port() throws Exception {
        for (String path : new String[] {"/readyz", "/livez"}) {
            HttpResponse<String> probe = get(port, path);
            assertThat(probe.statusCode()).as(path).isEqualTo(200);
            assertThat(probe.body()).as(path).contains("\"status\":\"UP\"");
        }
        assertThat(get(port, "/actuator/health").body()).doesNotContain("\"status\"");
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(int on, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
