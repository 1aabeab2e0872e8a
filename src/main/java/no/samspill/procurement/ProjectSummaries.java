package no.samspill.procurement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.identity.PeopleDirectory;
import no.samspill.procurement.domain.ProcurementProject;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.UnitSummary;
import org.springframework.stereotype.Component;

/**
 * Projects as summaries: the tenant's units and the projects' leads are read once for the whole list, not per
 * project. A lead is named as recorded, also after leaving the lead role. The caller has checked access.
 */
@Component
class ProjectSummaries {

    private final TenantService tenants;
    private final PeopleDirectory people;

    ProjectSummaries(TenantService tenants, PeopleDirectory people) {
        this.tenants = tenants;
        this.people = people;
    }

    List<ProjectSummary> of(List<ProcurementProject> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        // only the units these projects name: a region may have a thousand
        Map<Long, UnitSummary> units = tenants.unitsById(list.stream().flatMap(p -> p.getUnitIds().stream())
                .collect(Collectors.toSet()));
        // the leads of these projects by id, in one query: not every lead of the tenant (a region has hundreds,
        // and reading them all scanned its memberships), and not one query per project
        Map<Long, String> leads = people.names(list.stream().map(ProcurementProject::getLeadUserId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(p -> new ProjectSummary(p.id(), p.getVersion(), p.getReference(), p.getTitle(),
                p.getDescription(), p.getCategory(), p.getPhase(), p.getLeadUserId(),
                p.getLeadUserId() == null ? null : leads.get(p.getLeadUserId()),
                p.getUnitIds().stream().map(units::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(UnitSummary::name)).toList(),
                p.getEstimatedValue(), p.getCurrency(), p.getCreatedAt())).toList();
    }

    Map<Long, UnitSummary> unitsOfTenant() {
        return tenants.units().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }
}
