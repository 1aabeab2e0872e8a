package no.samspill.steeringgroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.samspill.platform.Tenure;
import no.samspill.platform.VersionedEntity;
import no.samspill.steeringgroup.SteeringRole;
import org.jspecify.annotations.Nullable;

/** A membership of a steering group; leaving sets the date and keeps the row. */
@Entity
@Table(name = "steering_member")
public class SteeringMember extends VersionedEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SteeringRole role = SteeringRole.MEMBER;

    @Embedded
    private Tenure tenure = Tenure.from(LocalDate.EPOCH);

    protected SteeringMember() {
    }

    public SteeringMember(long groupId, long userId, SteeringRole role, LocalDate joinedOn) {
        this.groupId = groupId;
        this.userId = userId;
        this.role = role;
        this.tenure = Tenure.from(joinedOn);
    }

    /** Leaves on the day; refused when already left, or the day is before joining or after today. */
    public void leave(LocalDate on, LocalDate today) {
        tenure.end(on, today, "steering.error.left-on");
    }

    public boolean isActive() {
        return tenure.isActive();
    }

    public long getGroupId() {
        return groupId;
    }

    public long getUserId() {
        return userId;
    }

    public SteeringRole getRole() {
        return role;
    }

    public LocalDate getJoinedOn() {
        return tenure.joinedOn();
    }

    public @Nullable LocalDate getLeftOn() {
        return tenure.leftOn();
    }
}
