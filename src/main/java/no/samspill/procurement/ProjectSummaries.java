package no.samspill.procurement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.identity.Colleague;
import no.samspill.identity.ColleagueService;
import no.samspill.procurement.domain.ProcurementProject;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Projects as summaries: the tenant's units and leads are read once for the whole list, not per project. The
 * caller has checked access and runs in its transaction.
 */
@Component
class ProjectSummaries {

    private final TenantService tenants;
    private final ColleagueService colleagues;

    ProjectSummaries(TenantService tenants, ColleagueService colleagues) {
        this.tenants = tenants;
        this.colleagues = colleagues;
    }

    List<ProjectSummary> of(List<ProcurementProject> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitSummary> units = unitsOfTenant();
        // one project (its page) looks up its own lead; a list reads the tenant's leads at once
        Map<Long, String> leads = list.size() == 1 ? Map.of()
                : colleagues.withRole(no.samspill.platform.security.Role.PROCUREMENT_LEAD).stream()
                        .collect(Collectors.toMap(Colleague::userId, Colleague::displayName, (a, b) -> a));
        return list.stream().map(p -> new ProjectSummary(p.id(), p.getVersion(), p.getReference(), p.getTitle(),
                p.getDescription(), p.getCategory(), p.getPhase(), p.getLeadUserId(), leadName(leads, p),
                p.getUnitIds().stream().map(units::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(UnitSummary::name)).toList(),
                p.getEstimatedValue(), p.getCurrency(), p.getCreatedAt())).toList();
    }

    Map<Long, UnitSummary> unitsOfTenant() {
        return tenants.units().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    private @Nullable String leadName(Map<Long, String> leads, ProcurementProject p) {
        Long lead = p.getLeadUserId();
        if (lead == null) {
            return null;
        }
        // a lead who has since lost the lead role but is still in the tenant keeps their name on the project
        return leads.containsKey(lead) ? leads.get(lead)
                : colleagues.find(lead).map(Colleague::displayName).orElse(null);
    }
}
