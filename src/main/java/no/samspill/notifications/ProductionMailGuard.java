package no.samspill.notifications;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * In production the portal refuses to start without a real SMTP host: the embedded server would swallow every
 * invitation and reminder while the portal looked fine. Checked before any bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionMailGuard {

    @Bean
    static BeanFactoryPostProcessor requireSmtpHost() {
        return new Check();
    }

    static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        private String host = "";

        @Override
        public void setEnvironment(Environment environment) {
            host = environment.getProperty("spring.mail.host", "");
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (host.isBlank()) {
                throw new IllegalStateException("The prod profile needs an SMTP server: set SAMSPILL_SMTP_HOST "
                        + "(and SAMSPILL_SMTP_PORT, SAMSPILL_SMTP_USER, SAMSPILL_SMTP_PASSWORD; see README.md).");
            }
        }
    }
}
