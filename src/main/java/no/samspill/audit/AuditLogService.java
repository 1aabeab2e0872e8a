package no.samspill.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import no.samspill.audit.domain.AuditEntry;
import no.samspill.audit.domain.AuditSearch;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.audit.AuditRedaction;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Role;
import no.samspill.platform.time.TenantTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's audit log, for its tenant admins: search, latest entries, CSV export. */
@Service
public class AuditLogService {

    private static final int EXPORT_PAGE = 1000;
    private final AuditSearch search;
    private final AccessPolicy access;
    private final List<AuditRedaction> redactions;
    private final TenantTime time;

    AuditLogService(AuditSearch search, AccessPolicy access, ObjectProvider<AuditRedaction> redactions,
            TenantTime time) {
        this.search = search;
        this.access = access;
        this.redactions = redactions.orderedStream().toList();
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditFilter filter, long offset, int limit) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        return page(tenantId, filter, offset, limit);
    }

    /** A page of the log in the reader's words, times of values in the tenant's zone. */
    @Transactional(readOnly = true)
    public List<AuditLine> read(AuditFilter filter, long offset, int limit, Translator translator) {
        ZoneId zone = timeZone();
        return search(filter, offset, limit).stream().map(r -> AuditWording.line(r, translator, zone)).toList();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        return search.count(criteria(tenantId, filter));
    }

    @Transactional(readOnly = true)
    public List<AuditRow> latest(int limit) {
        return search(AuditFilter.NONE, 0, limit);
    }

    /** The latest entries for a tenant admin's dashboard; empty (not an error) for everybody else. */
    @Transactional(readOnly = true)
    public Optional<List<AuditLine>> latestForDashboard(int limit, Translator translator) {
        return access.current().hasAnyRole(Role.TENANT_ADMIN) ? Optional.of(read(AuditFilter.NONE, 0, limit,
                translator)) : Optional.empty();
    }

    /** The active tenant's zone, in which the log shows its times. */
    @Transactional(readOnly = true)
    public ZoneId timeZone() {
        access.requireAnyRole(Role.TENANT_ADMIN);
        // TenantTime falls back to the application clock's zone, which is UTC, as this method always did
        return time.zone();
    }

    /**
     * The actions the filter offers: every action the portal records, as its bundle names them (each recorded action
     * has a label there), sorted. Not a {@code select distinct} over the tenant's whole log, which grows without end.
     */
    @Transactional(readOnly = true)
    public List<String> actions() {
        access.requireAnyRole(Role.TENANT_ADMIN);
        return KNOWN_ACTIONS;
    }

    private static final List<String> KNOWN_ACTIONS = ResourceBundle.getBundle(SamspillI18NProvider.BUNDLE,
                    Locale.ENGLISH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet().stream().filter(k -> k.startsWith("action.")).map(k -> k.substring("action.".length()))
            .sorted().toList();

    /**
     * Writes the filtered log as CSV, page by page so that a long log never sits in memory at once. UTF-8 with a
     * BOM and ';' between fields, as Norwegian and Danish Excel expect; times in the given zone with their offset.
     * Cells that a spreadsheet would run as a formula are prefixed with ', since names and e-mails are user input.
     * The reader's words first, as in the view; the stored codes in columns of their own at the end, for machines.
     */
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, ZoneId zone, Translator t, Writer out) throws IOException {
        long tenantId = access.requireAnyRole(Role.TENANT_ADMIN);
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        out.write('\uFEFF');
        String[] headers = CSV_HEADERS.stream().map(t::text).toArray(String[]::new);
        CSVPrinter csv = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(headers).get().print(out);
        long offset = 0;
        List<AuditRow> rows;
        do {
            rows = page(tenantId, filter, offset, EXPORT_PAGE);
            for (AuditRow r : rows) {
                csv.printRecord(time.format(r.occurredAt()), cell(r.actor()), cell(AuditWording.action(r.action(), t)),
                        cell(AuditWording.entity(r.entityType(), t)), r.entityId(),
                        cell(AuditWording.changes(r.entityType(), r.changes(), t, zone)), r.action(), r.entityType(),
                        cell(r.changes()));
            }
            offset += rows.size();
        } while (rows.size() == EXPORT_PAGE);
        csv.flush();
    }

    private static final List<String> CSV_HEADERS = List.of("audit.time", "audit.actor", "audit.action",
            "audit.entity-type", "audit.entity-id", "audit.changes", "audit.action-code", "audit.entity-type-code",
            "audit.changes-code");

    static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A page of the log, with the values that the owning modules withhold now (search and export alike). */
    private List<AuditRow> page(long tenantId, AuditFilter filter, long offset, int limit) {
        List<AuditRow> rows = search.page(criteria(tenantId, filter), offset, limit).stream()
                .map(AuditLogService::toRow).toList();
        if (rows.isEmpty() || redactions.isEmpty()) {
            return rows;
        }
        List<AuditRedaction.Entry> seen = rows.stream().map(r -> new AuditRedaction.Entry(r.id(), r.action(),
                r.entityType(), r.entityId(), r.changes())).toList();
        Map<Long, String> withheld = new HashMap<>();
        redactions.forEach(r -> withheld.putAll(r.redact(seen)));
        return withheld.isEmpty() ? rows : rows.stream().map(r -> withheld.containsKey(r.id())
                ? new AuditRow(r.id(), r.occurredAt(), r.actor(), r.action(), r.entityType(), r.entityId(),
                        withheld.get(r.id()))
                : r).toList();
    }

    private static AuditRow toRow(AuditEntry e) {
        return new AuditRow(e.getId() == null ? 0 : e.getId(), e.getOccurredAt(), e.getActorName(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getChanges() == null ? "" : e.getChanges());
    }

    private static AuditSearch.Criteria criteria(long tenantId, AuditFilter filter) {
        return new AuditSearch.Criteria(tenantId, actorPattern(filter), blankToNull(filter.action()), filter.from(),
                filter.to());
    }

    private static @Nullable String actorPattern(AuditFilter filter) {
        String actor = blankToNull(filter.actor());
        return actor == null ? null : SearchPatterns.contains(actor);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
