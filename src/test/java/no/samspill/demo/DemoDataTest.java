package no.samspill.demo;

import no.samspill.support.SamspillSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SamspillSpringTest
class DemoDataTest {

    @Autowired
    DemoDataSeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seeding_again_adds_no_rows() {
        long tenants = count("tenant");
        long users = count("user_account");
        long memberships = count("membership");
        long units = count("org_unit");
        seeder.run(new DefaultApplicationArguments());
        assertThat(count("tenant")).isEqualTo(tenants).isGreaterThanOrEqualTo(DemoData.TENANTS.size());
        assertThat(count("user_account")).isEqualTo(users);
        assertThat(count("membership")).isEqualTo(memberships);
        assertThat(count("org_unit")).isEqualTo(units);
    }

    @Test
    void seeds_real_organisations_with_their_health_trusts() {
        assertThat(jdbc.queryForList("select name from tenant", String.class))
                .contains("Helse Sør-Øst RHF", "Sykehusinnkjøp HF", "Region Midtjylland", "Region Hovedstaden",
                        "Medtronic", "GE Healthcare", "Siemens Healthineers", "Varian Medical Systems", "Brainlab");
        assertThat(jdbc.queryForObject("select count(*) from org_unit u join tenant t on t.id = u.tenant_id"
                + " where t.code = 'helse-sor-ost' and u.kind = 'HEALTH_TRUST'", Long.class)).isEqualTo(8);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
