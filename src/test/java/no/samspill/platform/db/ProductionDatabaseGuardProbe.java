package no.samspill.platform.db;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.Environment;

/** Runs the package-private guard as Spring would, before any bean exists. */
public final class ProductionDatabaseGuardProbe {

    private ProductionDatabaseGuardProbe() {
    }

    public static void check(Environment environment) {
        ProductionDatabaseGuard.Check check = new ProductionDatabaseGuard.Check();
        check.setEnvironment(environment);
        check.postProcessBeanFactory(new DefaultListableBeanFactory());
    }
}
