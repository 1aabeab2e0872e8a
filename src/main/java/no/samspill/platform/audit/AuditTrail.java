package no.samspill.platform.audit;

import java.time.Clock;
import java.util.List;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What services call to leave an audit entry. It is published as an event inside the caller's transaction,
 * and the audit module's listener writes it there too: the change and its entry commit or roll back together.
 */
@Component
public class AuditTrail {

    private final ApplicationEventPublisher events;
    private final AccessPolicy access;
    private final Clock clock;

    AuditTrail(ApplicationEventPublisher events, AccessPolicy access, Clock clock) {
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** By the current user, in their active tenant. */
    public void record(String action, String entityType, Object entityId, FieldChange... changes) {
        CurrentUser user = access.current();
        Long tenantId = user.active().map(g -> g.tenantId()).orElse(null);
        recordIn(tenantId, action, entityType, entityId, changes);
    }

    /** By the current user, filed under a given tenant (e.g. a platform admin creating that tenant). */
    public void recordIn(@Nullable Long tenantId, String action, String entityType, Object entityId,
            FieldChange... changes) {
        CurrentUser user = access.current();
        publish(user.userId(), user.isSystem() ? "system" : user.email(), tenantId, action, entityType, entityId,
                changes);
    }

    /** By someone who is not logged in yet, such as a user setting a password from an invitation link. */
    public void recordAs(@Nullable Long actorUserId, String actorName, @Nullable Long tenantId, String action,
            String entityType, Object entityId, FieldChange... changes) {
        publish(actorUserId, actorName, tenantId, action, entityType, entityId, changes);
    }

    private void publish(@Nullable Long actorUserId, String actorName, @Nullable Long tenantId, String action,
            String entityType, Object entityId, FieldChange... changes) {
        events.publishEvent(new AuditEvent(clock.instant(), actorUserId, actorName, tenantId, action, entityType,
                String.valueOf(entityId), List.of(changes)));
    }
}
