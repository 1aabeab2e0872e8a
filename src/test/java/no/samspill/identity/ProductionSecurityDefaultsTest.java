package no.samspill.identity;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** What the prod profile turns on by default, without any variable set: HSTS and the Secure session cookie. */
class ProductionSecurityDefaultsTest {

    @Test
    void prod_sends_hsts_and_a_secure_session_cookie_unless_told_otherwise() throws Exception {
        Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        assertThat(prod.getProperty("samspill.security.hsts")).isEqualTo("true");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("${SAMSPILL_SECURE_COOKIE:true}");
        Properties base = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(base.getProperty("samspill.security.hsts")).isEqualTo("false");
    }
}
