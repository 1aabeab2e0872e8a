package no.samspill.actionplan;

import no.samspill.actionplan.domain.ActionItem;
import no.samspill.actionplan.domain.ActionItemRepository;
import no.samspill.actionplan.domain.ActionPlan;
import no.samspill.actionplan.domain.ActionPlanRepository;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a plan, decided once for the plan services. Any member of the plan's tenant reads it;
 * leads and admins change it. The plan or item is found first, so that a user who may not read it hears "not
 * found", and only a reader hears that they may not change it.
 */
@Component
class PlanAccess {

    private final AccessPolicy access;
    private final ActionPlanRepository plans;
    private final ActionItemRepository items;

    PlanAccess(AccessPolicy access, ActionPlanRepository plans, ActionItemRepository items) {
        this.access = access;
        this.plans = plans;
        this.items = items;
    }

    /** An item the user may change, with the tenant its changes are recorded in. */
    record Editable(long tenantId, ActionItem item) {
    }

    ActionPlan plan(long planId) {
        return load(access.requireAnyRoleToSee(Roles.STAFF), planId);
    }

    ActionItem item(long itemId) {
        return loadItem(access.requireAnyRoleToSee(Roles.STAFF), itemId);
    }

    ActionPlan editablePlan(long planId) {
        ActionPlan plan = plan(planId);
        access.requireAnyRole(Roles.LEADS);
        return plan;
    }

    Editable editableItem(long itemId) {
        long tenantId = access.requireAnyRoleToSee(Roles.STAFF);
        ActionItem item = loadItem(tenantId, itemId);
        access.requireAnyRole(Roles.LEADS);
        return new Editable(tenantId, item);
    }

    /** The name stored with a status update (history). */
    String actorName() {
        return access.current().actorName();
    }

    private ActionPlan load(long tenantId, long planId) {
        return plans.findByIdAndTenantId(planId, tenantId).orElseThrow(NotFoundException::new);
    }

    private ActionItem loadItem(long tenantId, long itemId) {
        ActionItem item = items.findById(itemId).filter(i -> !i.isRemoved()).orElseThrow(NotFoundException::new);
        load(tenantId, item.getPlanId());
        return item;
    }
}
