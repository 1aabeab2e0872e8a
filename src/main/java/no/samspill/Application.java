package no.samspill;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Samspill: the collaboration portal for public health-care procurement.
 * Styles come from plain CSS through @StyleSheet, so Vaadin's prebuilt client bundle serves as is
 * (no npm build on the machines we deploy from, see docs/decisions/001-stack-and-build.md).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/samspill.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        // -Dsamspill.startup-jfr=true with -XX:StartFlightRecording: each bean's creation time in the recording, to
        // find what holds up the cold start (README "Benchmarks")
        if (Boolean.getBoolean("samspill.startup-jfr")) {
            app.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        app.run(args);
    }
}
