package no.samspill.referencegroup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.ProjectLabels;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.UnitKind;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The representation check: which affected units have no active representative in a group. A warning for those
 * who can act on it (the lead and the chair), never a refusal.
 */
@Component
class Representation {

    private final ProjectLabels projects;
    private final TenantDirectory directory;
    private final AccessPolicy access;
    private final TenantTime time;

    Representation(ProjectLabels projects, TenantDirectory directory, AccessPolicy access, TenantTime time) {
        this.projects = projects;
        this.directory = directory;
        this.access = access;
        this.time = time;
    }

    /** Affected units without an active representative: the project's units, or for a council all units. */
    List<String> missingUnits(RefGroup group, List<RefGroupMember> list, Map<Long, String> unitNames,
            ProjectLabels.@Nullable Label project) {
        Set<Long> affected = new HashSet<>(group.getKind() == GroupKind.REFERENCE_GROUP && project != null
                ? project.unitIds() : healthTrusts(group.getTenantId()));
        // an invited region takes part with all its health trusts
        group.getInvitedTenants().forEach(t -> affected.addAll(healthTrusts(t)));
        // a member who joins on a later day represents nobody yet
        LocalDate today = time.today();
        Set<Long> represented = list.stream().filter(RefGroupMember::isActive)
                .filter(m -> !m.getJoinedOn().isAfter(today)).map(RefGroupMember::getUnitId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return affected.stream().filter(u -> !represented.contains(u)).map(unitNames::get).filter(Objects::nonNull)
                .sorted().toList();
    }

    /** The group's project when it is one of the active tenant's (a chair from an invited tenant does not see it). */
    ProjectLabels.@Nullable Label project(RefGroup group) {
        Long projectId = group.getProjectId();
        if (projectId == null || group.getTenantId() != access.current().tenantId()) {
            return null;
        }
        return projects.of(List.of(projectId)).get(projectId);
    }

    /** Unit names of the group's tenant and of the tenants it invited (unit ids are unique across tenants). */
    Map<Long, String> unitNames(RefGroup group) {
        Map<Long, String> names = new HashMap<>(directory.unitNames(group.getTenantId()));
        group.getInvitedTenants().forEach(t -> names.putAll(directory.unitNames(t)));
        return names;
    }

    private List<Long> healthTrusts(long tenantId) {
        return directory.units(tenantId).stream().filter(u -> u.kind() == UnitKind.HEALTH_TRUST)
                .map(UnitSummary::id).toList();
    }
}
