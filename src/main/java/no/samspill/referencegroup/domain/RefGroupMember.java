package no.samspill.referencegroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.samspill.platform.Tenure;
import no.samspill.platform.VersionedEntity;
import no.samspill.referencegroup.GroupRole;
import org.jspecify.annotations.Nullable;

/** A membership; leaving sets the date, the row stays (a former member keeps read access to what they wrote). */
@Entity
@Table(name = "ref_group_member")
public class RefGroupMember extends VersionedEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupRole role = GroupRole.MEMBER;

    @Embedded
    private Tenure tenure = Tenure.from(LocalDate.EPOCH);

    protected RefGroupMember() {
    }

    /** @param tenantId the tenant the member acts from: the group's own, or one it invited */
    public RefGroupMember(long groupId, long userId, long tenantId, @Nullable Long unitId, GroupRole role,
            LocalDate joinedOn) {
        this.groupId = groupId;
        this.userId = userId;
        this.tenantId = tenantId;
        this.unitId = unitId;
        this.role = role;
        this.tenure = Tenure.from(joinedOn);
    }

    /** Leaves on the day; refused when already left, or the day is before joining or after today. */
    public void leave(LocalDate on, LocalDate today) {
        tenure.end(on, today, "group.error.left-on");
    }

    public long getGroupId() {
        return groupId;
    }

    public long getUserId() {
        return userId;
    }

    public long getTenantId() {
        return tenantId;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public GroupRole getRole() {
        return role;
    }

    public LocalDate getJoinedOn() {
        return tenure.joinedOn();
    }

    public @Nullable LocalDate getLeftOn() {
        return tenure.leftOn();
    }

    public boolean isActive() {
        return tenure.isActive();
    }
}
