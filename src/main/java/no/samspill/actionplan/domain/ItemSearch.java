package no.samspill.actionplan.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.actionplan.ItemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The plan grid's query: a plan's items narrowed in SQL by only the criteria given, in number order (A1.2 before
 * A1.10), one page at a time. The caller has checked that the user reads the plan.
 */
@Component
public class ItemSearch {

    /** The grid's criteria; empty statuses, a null pattern, false and null mean any. */
    public record Criteria(long planId, Set<ItemStatus> statuses, @Nullable String responsiblePattern,
            @Nullable LocalDate overdueBefore, @Nullable Instant changedSince) {
    }

    private final EntityManager em;

    ItemSearch(EntityManager em) {
        this.em = em;
    }

    public List<ActionItem> page(Criteria c, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ActionItem> q = cb.createQuery(ActionItem.class);
        Root<ActionItem> i = q.from(ActionItem.class);
        q.select(i).where(where(cb, q, i, c)).orderBy(cb.asc(i.get("groupLetter")), cb.asc(i.get("mainNumber")),
                cb.asc(i.get("subNumber")));
        TypedQuery<ActionItem> typed = em.createQuery(q).setFirstResult(Math.toIntExact(offset));
        return (limit == Integer.MAX_VALUE ? typed : typed.setMaxResults(limit)).getResultList();
    }

    public long count(Criteria c) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<ActionItem> i = q.from(ActionItem.class);
        q.select(cb.count(i)).where(where(cb, q, i, c));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> q, Root<ActionItem> i, Criteria c) {
        List<Predicate> all = new ArrayList<>();
        all.add(cb.equal(i.get("planId"), c.planId()));
        all.add(cb.isFalse(i.get("removed")));
        if (!c.statuses().isEmpty()) {
            all.add(i.get("status").in(c.statuses()));
        }
        String pattern = c.responsiblePattern();
        if (pattern != null) {
            all.add(cb.like(cb.lower(i.get("responsible")), pattern));
        }
        LocalDate before = c.overdueBefore();
        if (before != null) {
            all.add(cb.notEqual(i.get("status"), ItemStatus.DONE));
            all.add(cb.lessThan(i.<LocalDate>get("expectedMonth"), before));
        }
        Instant since = c.changedSince();
        if (since != null) {
            // edited since, or given a status update since (kept in the history)
            Subquery<Long> updated = q.subquery(Long.class);
            Root<ItemHistoryEntry> h = updated.from(ItemHistoryEntry.class);
            updated.select(h.get("itemId")).where(cb.equal(h.get("itemId"), i.get("id")),
                    cb.greaterThanOrEqualTo(h.<Instant>get("changedAt"), since));
            all.add(cb.or(cb.greaterThanOrEqualTo(i.<Instant>get("updatedAt"), since), cb.exists(updated)));
        }
        return all.toArray(Predicate[]::new);
    }
}
