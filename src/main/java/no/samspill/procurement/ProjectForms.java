package no.samspill.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Role;
import no.samspill.procurement.domain.ProcurementProject;
import no.samspill.procurement.domain.ProjectRepository;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static no.samspill.procurement.ProjectRules.currencyOf;

/**
 * The project form's side of {@link ProjectService}: what the form offers (units, currency, a free reference, the
 * tenant's procurement leads), the checks of what it sends, and how a change of lead or units is named in the audit
 * log. The service has checked access; this class only reads what the form needs.
 */
@Component
class ProjectForms {

    private final ProjectRepository projects;
    private final TenantService tenants;
    private final ColleagueService colleagues;
    private final ProjectSummaries summaries;
    private final Clock clock;

    ProjectForms(ProjectRepository projects, TenantService tenants, ColleagueService colleagues,
            ProjectSummaries summaries, Clock clock) {
        this.projects = projects;
        this.tenants = tenants;
        this.colleagues = colleagues;
        this.summaries = summaries;
        this.clock = clock;
    }

    ProjectFormOptions options(long tenantId) {
        TenantSummary tenant = tenants.activeTenant();
        return new ProjectFormOptions(tenants.units(), currencyOf(tenant.country()),
                suggestReference(tenantId, tenant.timeZone()), tenant.timeZone());
    }

    /** A page of the tenant's procurement leads by name or e-mail, paged in SQL. */
    List<Colleague> leadOptions(String text, long offset, int limit) {
        return colleagues.withRole(Role.PROCUREMENT_LEAD, text, offset, limit);
    }

    /** A free reference in the usual year/number form (2026/0143). */
    private String suggestReference(long tenantId, ZoneId zone) {
        String year = Year.now(clock.withZone(zone)).toString();
        int highest = projects.referencesStartingWith(tenantId, year + "/%").stream()
                .map(r -> r.substring(year.length() + 1))
                .filter(n -> n.matches("\\d{1,6}")).mapToInt(Integer::parseInt).max().orElse(0);
        return year + "/" + String.format(Locale.ROOT, "%04d", highest + 1);
    }

    /** The form's texts as stored, and the tenant's units, which the audit entry names. */
    record Validated(String reference, String title, String description, Map<Long, UnitSummary> units) {
    }

    Validated validate(long tenantId, ProjectForm form, @Nullable ProcurementProject existing) {
        String reference = form.reference().strip();
        String title = form.title().strip();
        String description = form.description().strip();
        if (!ProjectRules.REFERENCE.matcher(reference).matches()) {
            throw new ValidationException("project.error.reference");
        }
        boolean referenceChanged = existing == null || !existing.getReference().equals(reference);
        if (referenceChanged && projects.existsByTenantIdAndReference(tenantId, reference)) {
            throw new ValidationException("project.error.reference-taken", reference);
        }
        if (title.length() < 3 || title.length() > ProjectRules.TITLE_MAX) {
            throw new ValidationException("project.error.title", ProjectRules.TITLE_MAX);
        }
        if (description.length() > ProjectRules.DESCRIPTION_MAX) {
            throw new ValidationException("project.error.description", ProjectRules.DESCRIPTION_MAX);
        }
        BigDecimal value = form.estimatedValue();
        if (value != null && (value.signum() < 0 || value.compareTo(ProjectRules.VALUE_MAX) > 0
                || value.scale() > 2)) {
            throw new ValidationException("project.error.value");
        }
        // a lead who has since lost the lead role stays on the project when it is edited, but is not chosen anew
        boolean leadUnchanged = existing != null && Objects.equals(existing.getLeadUserId(), form.leadUserId());
        if (form.leadUserId() != null && !leadUnchanged
                && !colleagues.hasRole(form.leadUserId(), Role.PROCUREMENT_LEAD)) {
            throw new ValidationException("project.error.lead");
        }
        Map<Long, UnitSummary> units = summaries.unitsOfTenant();
        if (!units.keySet().containsAll(form.unitIds())) {
            throw new ValidationException("project.error.units");
        }
        return new Validated(reference, title, description, units);
    }

    /** The audit entry names the people and units, so that a reader of the log need not look ids up. */
    FieldChange leadChange(@Nullable Long before, @Nullable Long after) {
        Map<Long, String> names = colleagues.names(Stream.of(before, after).filter(Objects::nonNull).toList());
        return FieldChange.of("lead", before == null ? null : names.getOrDefault(before, before.toString()),
                after == null ? null : names.getOrDefault(after, after.toString()));
    }

    static List<String> unitNames(Map<Long, UnitSummary> units, Collection<Long> ids) {
        return ids.stream().map(id -> units.containsKey(id) ? units.get(id).name() : id.toString()).sorted().toList();
    }
}
