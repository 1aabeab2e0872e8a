package no.samspill.actionplan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.samspill.actionplan.ActionPlanRules;
import no.samspill.actionplan.ItemNumber;
import no.samspill.actionplan.ItemStatus;
import no.samspill.platform.VersionedEntity;
import no.samspill.platform.i18n.Texts;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "action_item")
public class ActionItem extends VersionedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "group_letter", nullable = false, updatable = false, length = 1)
    private String groupLetter = "A";

    @Column(name = "main_number", nullable = false, updatable = false)
    private int mainNumber;

    @Column(name = "sub_number", nullable = false, updatable = false)
    private int subNumber;

    @Column(nullable = false, length = ActionPlanRules.TITLE_MAX)
    private String title = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String measure = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemStatus status = ItemStatus.GREEN;

    @Column(name = "status_text", nullable = false, columnDefinition = "TEXT")
    private String statusText = "";

    /** The first day of the expected month: the seed gives months ("JULI 2020"), not days. */
    @Column(name = "expected_month")
    private @Nullable LocalDate expectedMonth;

    @Column(nullable = false, length = ActionPlanRules.RESPONSIBLE_MAX)
    private String responsible = "";

    @Column(name = "project_id")
    private @Nullable Long projectId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean removed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_item_dependency", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "depends_on_id")
    @BatchSize(size = 200)
    private Set<Long> dependsOn = new HashSet<>();

    protected ActionItem() {
    }

    public ActionItem(long planId, ItemNumber number, Instant now) {
        this.planId = planId;
        this.groupLetter = String.valueOf(number.group());
        this.mainNumber = number.main();
        this.subNumber = number.sub();
        this.updatedAt = now;
    }

    /** Sets what the item says; the texts are stripped and refused when too long (or a title too short). */
    public void describe(String title, String description, String measure, String responsible,
            @Nullable Long projectId, Set<Long> dependsOn, Instant now) {
        this.title = Texts.clean(title, ActionPlanRules.TITLE_MIN, ActionPlanRules.TITLE_MAX, "item.error.title");
        this.description = Texts.clean(description, 0, ActionPlanRules.TEXT_MAX, "item.error.text");
        this.measure = Texts.clean(measure, 0, ActionPlanRules.TEXT_MAX, "item.error.text");
        this.responsible = Texts.clean(responsible, 0, ActionPlanRules.RESPONSIBLE_MAX, "item.error.responsible");
        this.projectId = projectId;
        this.dependsOn.clear();
        this.dependsOn.addAll(dependsOn);
        this.updatedAt = now;
    }

    public void updateStatus(ItemStatus status, String statusText, @Nullable LocalDate expectedMonth, Instant now) {
        this.status = status;
        this.statusText = Texts.clean(statusText, 0, ActionPlanRules.TEXT_MAX, "item.error.text");
        this.expectedMonth = expectedMonth;
        this.updatedAt = now;
    }

    public void remove(Instant now) {
        this.removed = true;
        this.dependsOn.clear();
        this.updatedAt = now;
    }

    public boolean isRemoved() {
        return removed;
    }

    public ItemNumber number() {
        return new ItemNumber(groupLetter.charAt(0), mainNumber, subNumber);
    }

    public long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getMeasure() {
        return measure;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getStatusText() {
        return statusText;
    }

    public @Nullable LocalDate getExpectedMonth() {
        return expectedMonth;
    }

    public String getResponsible() {
        return responsible;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getDependsOn() {
        return Set.copyOf(dependsOn);
    }
}
