package no.samspill.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.samspill.impartiality.ImpartialityEvents;
import no.samspill.impartiality.ImpartialityRoutes;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notices of impartiality declarations, buyer side only: asked to declare, reminded (at most weekly), a declaration
 * to complete after a supplier joined, a tie to decide, a decision made. The texts name the project's reference,
 * never a supplier or a tie's details.
 */
@Component
class ImpartialityNotices {

    static final String TYPE = "ProcurementProject";

    private final Notifier notifier;

    ImpartialityNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(ImpartialityEvents.DeclarationsRequested e) {
        post("impartiality-requested", e.tenantId(), e.projectId(), ImpartialityRoutes.declaration(e.projectId()),
                List.of(e.reference()), Set.copyOf(e.userIds()), e.actorUserId(), e.occurredAt(), "requested");
    }

    @ApplicationModuleListener
    void on(ImpartialityEvents.DeclarationsReminded e) {
        post("impartiality-reminder", e.tenantId(), e.projectId(), ImpartialityRoutes.declaration(e.projectId()),
                List.of(e.reference()), Set.copyOf(e.userIds()), null, e.occurredAt(), "reminder-" + e.period());
    }

    @ApplicationModuleListener
    void on(ImpartialityEvents.DeclarationsIncomplete e) {
        post("impartiality-incomplete", e.tenantId(), e.projectId(), ImpartialityRoutes.declaration(e.projectId()),
                List.of(), Set.copyOf(e.userIds()), null, e.occurredAt(), "supplier-" + e.supplierTenantId());
    }

    @ApplicationModuleListener
    void on(ImpartialityEvents.TieDeclared e) {
        post("impartiality-tie", e.tenantId(), e.projectId(), ImpartialityRoutes.register(e.projectId()),
                List.of(e.reference()), Set.copyOf(e.deciderUserIds()), e.actorUserId(), e.occurredAt(),
                "tie-" + e.declarationId() + "-" + e.occurredAt().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(ImpartialityEvents.TieDecided e) {
        post("impartiality-decided", e.tenantId(), e.projectId(), ImpartialityRoutes.declaration(e.projectId()),
                List.of(e.reference()), Set.of(e.userId()), e.actorUserId(), e.occurredAt(),
                "decided-" + e.declarationId() + "-" + e.occurredAt().toEpochMilli());
    }

    private void post(String kind, long tenantId, long projectId, String route, List<String> args,
            Set<Long> recipients, @Nullable Long actor, Instant at, String period) {
        if (!recipients.isEmpty()) {
            notifier.post(new Notice(NoticeCategory.IMPARTIALITY, kind, tenantId, TYPE, projectId, route, args,
                    recipients, actor, at, period));
        }
    }
}
