package no.samspill.referencegroup;

import no.samspill.platform.Mandate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group with its mandate and members, and the representation check: the affected health trusts without an
 * active representative (shown to the procurement lead and the chair, as a warning). Other buyer tenants the group
 * invited can send members; only the owning tenant's leads invite ({@code canInvite}).
 */
public record GroupDetails(long id, long version, String name, GroupKind kind, @Nullable String scope,
        @Nullable Long projectId, boolean fixed, Mandate mandate, List<MemberRow> members, List<String> missingUnits,
        boolean canManage, boolean canInvite, List<String> invitedTenants) {

    public GroupDetails {
        members = List.copyOf(members);
        missingUnits = List.copyOf(missingUnits);
        invitedTenants = List.copyOf(invitedTenants);
    }
}
