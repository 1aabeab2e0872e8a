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
 * invitation and reminder while the portal looked fine. Nor with the development secret for unsubscribe links:
 * anyone who read this code could then unsubscribe anyone. Checked before any bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionMailGuard {

    @Bean
    static BeanFactoryPostProcessor requireSmtpHost() {
        return new Check();
    }

    static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        /** The default in application.properties, for development and tests only. */
        static final String DEV_UNSUBSCRIBE_SECRET = "dev-only-unsubscribe-secret-not-for-production";

        private String host = "";
        private String unsubscribeSecret = "";

        @Override
        public void setEnvironment(Environment environment) {
            host = environment.getProperty("spring.mail.host", "");
            unsubscribeSecret = environment.getProperty("samspill.unsubscribe.secret", "");
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (host.isBlank()) {
                throw new IllegalStateException("The prod profile needs an SMTP server: set SAMSPILL_SMTP_HOST "
                        + "(and SAMSPILL_SMTP_PORT, SAMSPILL_SMTP_USER, SAMSPILL_SMTP_PASSWORD; see README.md).");
            }
            if (unsubscribeSecret.length() < 32 || unsubscribeSecret.equals(DEV_UNSUBSCRIBE_SECRET)) {
                throw new IllegalStateException("The prod profile needs a secret for the unsubscribe links in mails: "
                        + "set SAMSPILL_UNSUBSCRIBE_SECRET to at least 32 random characters, and keep it (see README.md).");
            }
        }
    }
}
