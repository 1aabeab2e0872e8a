package no.samspill.referencegroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A group the user is an active member of, with their role and the group's next meeting (if one is planned). */
public record MyGroup(long id, String name, GroupRole role, @Nullable LocalDate nextMeeting) {
}
