package no.samspill.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionMailGuardTest {

    private static final String SECRET = "k3Jq8vT1mZp0aXc7sW2eR5yU9iO4lN6b";

    @Test
    void the_prod_profile_refuses_to_start_without_an_smtp_host() {
        assertThatThrownBy(() -> check(new MockEnvironment().withProperty("spring.mail.host", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAMSPILL_SMTP_HOST");
        assertThatCode(() -> check(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("samspill.unsubscribe.secret", SECRET))).doesNotThrowAnyException();
    }

    @Test
    void the_prod_profile_refuses_the_development_unsubscribe_secret_or_none() {
        for (String secret : new String[] {"", "short", ProductionMailGuard.Check.DEV_UNSUBSCRIBE_SECRET}) {
            assertThatThrownBy(() -> check(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org")
                    .withProperty("samspill.unsubscribe.secret", secret)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAMSPILL_UNSUBSCRIBE_SECRET");
        }
    }

    private static void check(Environment environment) {
        ProductionMailGuard.Check check = new ProductionMailGuard.Check();
        check.setEnvironment(environment);
        check.postProcessBeanFactory(new DefaultListableBeanFactory());
    }
}
