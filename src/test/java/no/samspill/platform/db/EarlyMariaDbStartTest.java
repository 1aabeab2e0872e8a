package no.samspill.platform.db;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early start asks what {@link EmbeddedDatabaseConfiguration}'s conditions ask: a server begun where the
 * configuration would not use it would run for nothing, or beside a real database in production.
 */
class EarlyMariaDbStartTest {

    @Test
    void the_embedded_server_is_begun_early_only_where_the_configuration_will_use_it() {
        assertThat(EarlyMariaDbStart.wanted(new MockEnvironment())).isTrue();

        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThat(EarlyMariaDbStart.wanted(prod)).as("prod profile").isFalse();

        assertThat(EarlyMariaDbStart.wanted(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/samspill"))).as("external").isFalse();
        assertThat(EarlyMariaDbStart.wanted(new MockEnvironment()
                .withProperty("spring.datasource.url", "  "))).as("blank url").isTrue();
        assertThat(EarlyMariaDbStart.wanted(new MockEnvironment()
                .withProperty("samspill.embedded-db.early-start", "false"))).as("switched off").isFalse();
    }
}
