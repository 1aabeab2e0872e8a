package no.samspill.steeringgroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member of a steering group, active or former. */
public record SteeringMemberRow(long id, long version, long userId, String name, SteeringRole role,
        LocalDate joinedOn, @Nullable LocalDate leftOn) {

    public boolean active() {
        return leftOn == null;
    }
}
