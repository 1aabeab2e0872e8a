package no.samspill.platform;

import no.samspill.platform.db.ProductionDatabaseGuardProbe;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionDatabaseGuardTest {

    @Test
    void the_prod_profile_refuses_to_start_without_an_external_database() {
        assertThatThrownBy(() -> ProductionDatabaseGuardProbe.check(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAMSPILL_DB_URL");
        MockEnvironment external = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/samspill");
        assertThatCode(() -> ProductionDatabaseGuardProbe.check(external)).doesNotThrowAnyException();
    }
}
