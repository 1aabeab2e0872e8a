package no.samspill.impartiality;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a project's declarations, for notifications. Buyer side only; the events name neither a
 * supplier nor a tie's details, only the project's reference, which every recipient may read.
 */
public final class ImpartialityEvents {

    private ImpartialityEvents() {
    }

    /** These people are asked to declare (the register was opened, or the lead added them). */
    public record DeclarationsRequested(long tenantId, long projectId, String reference, List<Long> userIds,
            @Nullable Long actorUserId, Instant occurredAt) {

        public DeclarationsRequested {
            userIds = List.copyOf(userIds);
        }
    }

    /**
     * These people still owe a declaration (missing or incomplete) and are reminded; {@code period} is the week, so
     * that nobody is reminded twice within it.
     */
    public record DeclarationsReminded(long tenantId, long projectId, String reference, List<Long> userIds,
            String period, Instant occurredAt) {

        public DeclarationsReminded {
            userIds = List.copyOf(userIds);
        }
    }

    /** A supplier joined a dialogue of the project: these signed declarations must be completed. */
    public record DeclarationsIncomplete(long tenantId, long projectId, String reference, List<Long> userIds,
            long supplierTenantId, Instant occurredAt) {

        public DeclarationsIncomplete {
            userIds = List.copyOf(userIds);
        }
    }

    /** A declaration with a tie was signed; the deciders (the lead, or the steering chairs) are asked to decide. */
    public record TieDeclared(long tenantId, long projectId, String reference, long declarationId,
            List<Long> deciderUserIds, @Nullable Long actorUserId, Instant occurredAt) {

        public TieDeclared {
            deciderUserIds = List.copyOf(deciderUserIds);
        }
    }

    /** A decision on the person's tie was made; the person is told. */
    public record TieDecided(long tenantId, long projectId, String reference, long declarationId, long userId,
            Decision decision, @Nullable Long actorUserId, Instant occurredAt) {
    }
}
