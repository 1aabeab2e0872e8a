package no.samspill.referencegroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.samspill.referencegroup.Requirement;
import org.jspecify.annotations.Nullable;

/** A numbered section of one version; its number is the key that pairs it with the same section in other versions. */
@Entity
@Table(name = "review_section")
public class ReviewSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private int level;

    @Column(nullable = false, updatable = false, length = 40)
    private String number = "";

    @Column(nullable = false, updatable = false, length = 300)
    private String heading = "";

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 10)
    private @Nullable Requirement requirement;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String body = "";

    protected ReviewSection() {
    }

    public ReviewSection(long versionId, int position, int level, String number, String heading,
            @Nullable Requirement requirement, String body) {
        this.versionId = versionId;
        this.position = position;
        this.level = level;
        this.number = number;
        this.heading = heading;
        this.requirement = requirement;
        this.body = body;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("section is not persisted yet");
        }
        return id;
    }

    public long getVersionId() {
        return versionId;
    }

    public int getPosition() {
        return position;
    }

    public int getLevel() {
        return level;
    }

    public String getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    public @Nullable Requirement getRequirement() {
        return requirement;
    }

    public String getBody() {
        return body;
    }

    /** Same wording, heading and flag: what "unchanged" means between versions. */
    public boolean readsLike(ReviewSection other) {
        return heading.equals(other.heading) && requirement == other.requirement && body.equals(other.body);
    }
}
