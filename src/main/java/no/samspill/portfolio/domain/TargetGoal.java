package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.samspill.platform.VersionedEntity;
import no.samspill.portfolio.GoalLevel;
import org.jspecify.annotations.Nullable;

/** An area, goal or sub-goal in one version of the target picture; its key carries over to later versions. */
@Entity
@Table(name = "target_goal")
public class TargetGoal extends VersionedEntity {

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "goal_key", nullable = false, updatable = false, length = 36)
    private String key = "";

    @Column(name = "parent_key", updatable = false, length = 36)
    private @Nullable String parentKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private GoalLevel level = GoalLevel.AREA;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false)
    private String description = "";

    protected TargetGoal() {
    }

    public TargetGoal(long versionId, String key, @Nullable String parentKey, GoalLevel level, int position,
            String title, String description) {
        this.versionId = versionId;
        this.key = key;
        this.parentKey = parentKey;
        this.level = level;
        this.position = position;
        this.title = title;
        this.description = description;
    }

    /** The same goal in a new draft, with the same key. */
    public TargetGoal copyTo(long newVersionId) {
        return new TargetGoal(newVersionId, key, parentKey, level, position, title, description);
    }

    public void change(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getKey() {
        return key;
    }

    public @Nullable String getParentKey() {
        return parentKey;
    }

    public GoalLevel getLevel() {
        return level;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
