package no.samspill;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
        SpringApplication.run(Application.class, args);
    }
}
