package no.samspill.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import no.samspill.platform.i18n.ConcurrentEditException;
import org.jspecify.annotations.Nullable;

/**
 * Base of every entity a user edits: a database id and an optimistic-lock version, so that two people saving
 * the same record never overwrite each other silently.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public @Nullable Long getId() {
        return id;
    }

    /** The id of a persisted entity; entities handed out by services are always persisted. */
    public long id() {
        if (id == null) {
            throw new IllegalStateException("entity is not persisted yet");
        }
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change made on an older copy: the version the user read must still be the current one, or
     * someone else saved in between ({@link ConcurrentEditException}).
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass() || id == null) {
            return false;
        }
        return id.equals(((VersionedEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
