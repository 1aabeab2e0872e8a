package no.samspill.procurement;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference, title and concerned units of several projects of the active tenant at once, for another module's list
 * that shows a project per row (a page of reference groups): two statements for the page instead of a
 * {@link ProjectService#get} per row. Projects of other tenants are left out, as {@code get} would refuse them.
 */
@Component
public class ProjectLabels {

    /** A project as a row of another list names it. */
    public record Label(long id, String reference, String title, Set<Long> unitIds) {

        public Label {
            unitIds = Set.copyOf(unitIds);
        }

        public String text() {
            return reference + " " + title;
        }
    }

    private final EntityManager em;
    private final AccessPolicy access;

    ProjectLabels(EntityManager em, AccessPolicy access) {
        this.em = em;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Map<Long, Label> of(Collection<Long> projectIds) {
        long tenantId = access.requireAnyRoleToSee(Roles.STAFF);
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> units = new HashMap<>();
        em.createQuery("select p.id, u from ProcurementProject p join p.unitIds u where p.tenantId = :tenant"
                + " and p.id in :ids", Object[].class).setParameter("tenant", tenantId)
                .setParameter("ids", projectIds).getResultList()
                .forEach(r -> units.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        List<Object[]> rows = em.createQuery("select p.id, p.reference, p.title from ProcurementProject p"
                + " where p.tenantId = :tenant and p.id in :ids", Object[].class).setParameter("tenant", tenantId)
                .setParameter("ids", projectIds).getResultList();
        Map<Long, Label> out = new HashMap<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            out.put(id, new Label(id, (String) r[1], (String) r[2], units.getOrDefault(id, Set.of())));
        }
        return out;
    }
}
