package no.samspill.referencegroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member of a group, active or former; {@code organisation} names an invited tenant the member comes from. */
public record MemberRow(long id, long version, long userId, String name, @Nullable String organisation,
        @Nullable Long unitId,
        @Nullable String unitName, GroupRole role, LocalDate joinedOn, @Nullable LocalDate leftOn) {

    public boolean active() {
        return leftOn == null;
    }
}
