package no.samspill.platform.db;

import no.samspill.support.SamspillSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SamspillSpringTest
class EmbeddedDatabaseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_embedded_database_without_grant_tables_listens_on_loopback_only() {
        assertThat(jdbc.queryForObject("select @@bind_address", String.class)).isEqualTo("127.0.0.1");
    }
}
