package no.samspill.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.i18n.I18NProvider;
import no.samspill.platform.i18n.Translator;
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
    @Autowired
    I18NProvider i18n;

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
    void csv_export_writes_the_readers_words_and_keeps_the_codes_in_columns_of_their_own() throws Exception {
        users.login(TestUsers.HSO_ADMIN);
        StringWriter out = new StringWriter();
        AuditFilter invited = new AuditFilter(null, "user.seeded", null, null);
        Translator nb = Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
        audit.exportCsv(invited, ZoneId.of("Europe/Oslo"), nb, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFTidspunkt;Bruker;Handling;Objekttype;Objekt-id;Endringer;Handlingskode;"
                + "Objekttypekode;Endringer slik de er lagret");
        assertThat(lines).hasSize(1 + (int) audit.count(invited));
        String[] cells = lines.get(1).split(";", -1);
        assertThat(cells[0]).containsPattern("\\+0[12]:00");
        assertThat(cells[2]).isEqualTo(i18n.getTranslation("action.user.seeded", Locale.of("nb")));
        assertThat(cells[6]).isEqualTo("user.seeded");
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(AuditLogService.cell("=HYPERLINK(\"http://x\")")).startsWith("'=");
        assertThat(AuditLogService.cell("+47 123")).isEqualTo("'+47 123");
        assertThat(AuditLogService.cell("@evil")).isEqualTo("'@evil");
        assertThat(AuditLogService.cell("admin@helse-sorost.demo")).isEqualTo("admin@helse-sorost.demo");
    }
}
