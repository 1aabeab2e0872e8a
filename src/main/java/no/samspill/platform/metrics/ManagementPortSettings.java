package no.samspill.platform.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Opens the Prometheus endpoint on a management port of its own, and only when {@code samspill.management.port}
 * (SAMSPILL_MANAGEMENT_PORT) is set; without it no metrics leave the process. One setting instead of four of
 * Spring's, so that the endpoint can never land on the public port by a half-done configuration: actuator endpoints
 * move to the management port together, and the container probes stay on the public one as /livez and /readyz.
 * The port listens on loopback unless {@code samspill.management.address} says otherwise.
 */
final class ManagementPortSettings implements EnvironmentPostProcessor, Ordered {

    static final String PORT = "samspill.management.port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String port = environment.getProperty(PORT, "").strip();
        if (port.isEmpty()) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("management.server.port", port);
        settings.put("management.server.address",
                environment.getProperty("samspill.management.address", "").isBlank() ? "127.0.0.1"
                        : environment.getProperty("samspill.management.address", "").strip());
        settings.put("management.endpoints.web.exposure.include", "health,prometheus");
        settings.put("management.endpoint.prometheus.access", "read-only");
        environment.getPropertySources().addFirst(new MapPropertySource("samspillManagementPort", settings));
    }

    @Override
    public int getOrder() {
        // after the application's properties are loaded, which may set the port
        return Ordered.LOWEST_PRECEDENCE;
    }
}
