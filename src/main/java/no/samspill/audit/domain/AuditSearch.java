package no.samspill.audit.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The audit log's search, with a WHERE of only the criteria given (a tenant's log is long, and "x is null or"
 * terms keep the database from using the index of the criteria that are there), newest first, a page at a time.
 * Every search is bound to one tenant; the indexes (tenant, time) and (tenant, action, time) serve it.
 */
@Component
public class AuditSearch {

    /** Null means any; the actor is a LIKE pattern on the lower-cased name; the time range is [from, to). */
    public record Criteria(long tenantId, @Nullable String actorPattern, @Nullable String action,
            @Nullable Instant from, @Nullable Instant to) {
    }

    private final EntityManager em;

    AuditSearch(EntityManager em) {
        this.em = em;
    }

    public List<AuditEntry> page(Criteria c, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(e).where(where(cb, e, c)).orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
        return em.createQuery(q).setFirstResult(Math.toIntExact(offset)).setMaxResults(limit).getResultList();
    }

    public long count(Criteria c) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditEntry> e = q.from(AuditEntry.class);
        q.select(cb.count(e)).where(where(cb, e, c));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<AuditEntry> e, Criteria c) {
        List<Predicate> all = new ArrayList<>();
        all.add(cb.equal(e.get("tenantId"), c.tenantId()));
        String actor = c.actorPattern();
        if (actor != null) {
            all.add(cb.like(cb.lower(e.get("actorName")), actor));
        }
        String action = c.action();
        if (action != null) {
            all.add(cb.equal(e.get("action"), action));
        }
        Instant from = c.from();
        if (from != null) {
            all.add(cb.greaterThanOrEqualTo(e.<Instant>get("occurredAt"), from));
        }
        Instant to = c.to();
        if (to != null) {
            all.add(cb.lessThan(e.<Instant>get("occurredAt"), to));
        }
        return all.toArray(Predicate[]::new);
    }
}
