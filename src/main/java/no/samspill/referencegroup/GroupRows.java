package no.samspill.referencegroup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.ProjectLabels;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMemberRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.UnitKind;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/**
 * The rows of a page of groups, built for the page at once: active members, the representation check and the
 * project each come from one grouped query for all rows (units from one query per tenant on the page), never from a
 * query per row. The check follows {@link Representation}: it is shown to those who run the group.
 */
@Component
class GroupRows {

    private final RefGroupMemberRepository members;
    private final ProjectLabels projects;
    private final TenantDirectory directory;
    private final AccessPolicy access;
    private final TenantTime time;

    GroupRows(RefGroupMemberRepository members, ProjectLabels projects, TenantDirectory directory,
            AccessPolicy access, TenantTime time) {
        this.members = members;
        this.projects = projects;
        this.directory = directory;
        this.access = access;
        this.time = time;
    }

    List<GroupSummary> of(List<RefGroup> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        CurrentUser me = access.current();
        List<Long> ids = page.stream().map(RefGroup::id).toList();
        Map<Long, Long> active = pairs(members.activeCounts(ids));
        boolean leads = me.hasAnyRole(Roles.LEADS);
        // the groups on the page the user runs: those of their tenant when they lead, and those they chair
        Set<Long> managed = page.stream().filter(g -> leads && g.getTenantId() == me.tenantId()).map(RefGroup::id)
                .collect(Collectors.toCollection(HashSet::new));
        if (me.userId() != null && managed.size() < ids.size()) {
            managed.addAll(members.chairedAmong(ids, me.userId(), me.tenantId()));
        }
        List<RefGroup> checked = page.stream().filter(g -> managed.contains(g.id())).toList();
        Map<Long, ProjectLabels.Label> labels = projects.of(page.stream()
                .filter(g -> g.getProjectId() != null && g.getTenantId() == me.tenantId())
                .map(RefGroup::getProjectId).collect(Collectors.toSet()));
        Map<Long, Integer> missing = missing(checked, labels);
        return page.stream().map(g -> new GroupSummary(g.id(), g.getName(), g.getKind(), scope(g, labels),
                g.isFixed(), active.getOrDefault(g.id(), 0L).intValue(), missing.getOrDefault(g.id(), 0))).toList();
    }

    private static @Nullable String scope(RefGroup g, Map<Long, ProjectLabels.Label> labels) {
        if (g.getProjectId() != null && labels.containsKey(g.getProjectId())) {
            return labels.get(g.getProjectId()).text();
        }
        return g.getCategory() == null ? null : g.getCategory().name();
    }

    /** Affected units without an active representative, counted per group as {@link Representation} does. */
    private Map<Long, Integer> missing(List<RefGroup> groups, Map<Long, ProjectLabels.Label> labels) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        Set<Long> tenants = new HashSet<>();
        groups.forEach(g -> {
            tenants.add(g.getTenantId());
            tenants.addAll(g.getInvitedTenants());
        });
        Map<Long, List<UnitSummary>> units = new HashMap<>(directory.unitsOf(tenants));
        tenants.forEach(t -> units.putIfAbsent(t, List.of()));
        LocalDate today = time.today();
        Map<Long, Set<Long>> represented = new HashMap<>();
        members.representedUnits(groups.stream().map(RefGroup::id).toList(), today)
                .forEach(r -> represented.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        Map<Long, Integer> out = new HashMap<>();
        for (RefGroup g : groups) {
            Set<Long> known = new HashSet<>();
            Set<Long> affected = new HashSet<>();
            present(units, g.getTenantId()).forEach(u -> known.add(u.id()));
            ProjectLabels.Label project = g.getProjectId() == null ? null : labels.get(g.getProjectId());
            if (g.getKind() == GroupKind.REFERENCE_GROUP && project != null) {
                affected.addAll(project.unitIds());
            } else {
                affected.addAll(healthTrusts(present(units, g.getTenantId())));
            }
            for (long t : g.getInvitedTenants()) {
                affected.addAll(healthTrusts(present(units, t)));
                present(units, t).forEach(u -> known.add(u.id()));
            }
            Set<Long> present = represented.getOrDefault(g.id(), Set.of());
            out.put(g.id(), (int) affected.stream().filter(u -> known.contains(u) && !present.contains(u)).count());
        }
        return out;
    }

    private static List<Long> healthTrusts(Collection<UnitSummary> units) {
        return units.stream().filter(u -> u.kind() == UnitKind.HEALTH_TRUST).map(UnitSummary::id).toList();
    }

    private static Map<Long, Long> pairs(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }
}
