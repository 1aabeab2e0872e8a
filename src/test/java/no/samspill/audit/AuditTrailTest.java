package no.samspill.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class AuditTrailTest {

    @Autowired
    AuditLogService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void audit_entries_cannot_be_changed_or_deleted_even_in_the_database() {
        Long id = jdbc.queryForObject("select min(id) from audit_entry", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set action = 'forged' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        assertThat(jdbc.queryForObject("select action from audit_entry where id = ?", String.class, id))
                .isNotEqualTo("forged");
    }

    @Test
    void demo_seeding_left_entries_for_each_tenant_and_filters_narrow_them() {
        users.login(TestUsers.HSO_ADMIN);
        long all = audit.count(AuditFilter.NONE);
        long invites = audit.count(new AuditFilter(null, "user.seeded", null, null));
        assertThat(invites).isPositive().isLessThan(all);
        assertThat(audit.count(new AuditFilter("SYSTEM", null, null, null))).isPositive();
        assertThat(audit.count(new AuditFilter("nobody-by-this-name", null, null, null))).isZero();
        assertThat(audit.count(new AuditFilter(null, null, Instant.now().plusSeconds(3600), null))).isZero();
        assertThat(audit.count(new AuditFilter(null, null, null, Instant.EPOCH))).isZero();
        assertThat(audit.search(AuditFilter.NONE, 1, 2)).hasSize(2);
        assertThat(audit.actions()).contains("user.seeded", "tenant.created").isSorted();
        // criteria combine: an action within a time range, pages newest first
        List<AuditRow> seeded = audit.search(new AuditFilter(null, "user.seeded", null, null), 0, 5);
        assertThat(seeded).isNotEmpty().allMatch(r -> r.action().equals("user.seeded"));
        Instant at = seeded.getFirst().occurredAt();
        assertThat(audit.count(new AuditFilter(null, "user.seeded", at, at.plusNanos(1000)))).isPositive();
        assertThat(audit.search(AuditFilter.NONE, 0, 10)).extracting(AuditRow::occurredAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void another_tenants_admin_finds_none_of_the_entries_by_any_filter() {
        users.login(TestUsers.HSO_ADMIN);
        List<AuditRow> hso = audit.search(AuditFilter.NONE, 0, 1);
        assertThat(hso).isNotEmpty();
        users.login(TestUsers.SKI_ADMIN);
        assertThat(audit.search(AuditFilter.NONE, 0, 1000)).extracting(AuditRow::id)
                .doesNotContain(hso.getFirst().id());
        assertThat(audit.search(new AuditFilter(hso.getFirst().actor(), hso.getFirst().action(), null, null), 0,
                1000)).extracting(AuditRow::id).doesNotContain(hso.getFirst().id());
    }

    @Test
    void csv_export_writes_a_header_and_one_line_per_entry_in_the_tenant_zone() throws Exception {
        users.login(TestUsers.HSO_ADMIN);
        StringWriter out = new StringWriter();
        AuditFilter invited = new AuditFilter(null, "user.seeded", null, null);
        audit.exportCsv(invited, ZoneId.of("Europe/Oslo"), List.of("Tid", "Bruker", "Handling", "Type", "Id",
                "Endringer"), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFTid;Bruker;Handling;Type;Id;Endringer");
        assertThat(lines).hasSize(1 + (int) audit.count(invited));
        assertThat(lines.get(1)).contains("user.seeded").containsPattern("\\+0[12]:00");
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(AuditLogService.cell("=HYPERLINK(\"http://x\")")).startsWith("'=");
        assertThat(AuditLogService.cell("+47 123")).isEqualTo("'+47 123");
        assertThat(AuditLogService.cell("@evil")).isEqualTo("'@evil");
        assertThat(AuditLogService.cell("admin@helse-sorost.demo")).isEqualTo("admin@helse-sorost.demo");
    }
}
