package no.samspill.tenancy;

import java.util.List;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's glance at a tenant's units names the first few by name and counts the rest in the database. */
class UnitGlanceTest extends KaribuTest {

    @Autowired
    TenantService tenants;

    @Test
    void a_glance_names_the_first_units_by_name_and_counts_them_all() {
        users.login(TestUsers.HSO_ADMIN);
        List<UnitSummary> all = tenants.units();
        assertThat(all).hasSizeGreaterThan(2);
        UnitGlance two = tenants.unitGlance(2);
        assertThat(two.first()).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(two.total()).isEqualTo(all.size());
        assertThat(two.more()).isEqualTo(all.size() - 2);
        UnitGlance every = tenants.unitGlance(all.size());
        assertThat(every.first()).containsExactlyElementsOf(all);
        assertThat(every.more()).isZero();
    }

    @Test
    void units_by_id_leave_out_another_tenants_units() {
        users.login(TestUsers.RM_ADMIN);
        List<Long> danish = tenants.units().stream().map(UnitSummary::id).toList();
        users.login(TestUsers.HSO_ADMIN);
        long own = tenants.units().getFirst().id();
        assertThat(tenants.unitsById(danish)).isEmpty();
        assertThat(tenants.unitsById(List.of(own, danish.getFirst()))).containsOnlyKeys(own);
    }
}
