package no.samspill.referencegroup;

import org.jspecify.annotations.Nullable;

public record GroupSummary(long id, String name, GroupKind kind, @Nullable String scope, boolean fixed,
        int activeMembers, int missingUnits) {
}
