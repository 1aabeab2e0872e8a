package no.samspill.platform.db;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * In production the portal refuses to start without an external MariaDB: falling back to the embedded one
 * (no grant tables, data on local disk) would look like it works and lose data. Checked before any bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionDatabaseGuard {

    @Bean
    static BeanFactoryPostProcessor requireExternalDatabase() {
        return new Check();
    }

    static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        private String url = "";

        @Override
        public void setEnvironment(Environment environment) {
            url = environment.getProperty("spring.datasource.url", "");
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (url.isBlank()) {
                throw new IllegalStateException("The prod profile needs an external MariaDB: set SAMSPILL_DB_URL, "
                        + "SAMSPILL_DB_USER and SAMSPILL_DB_PASSWORD (see README.md).");
            }
        }
    }
}
