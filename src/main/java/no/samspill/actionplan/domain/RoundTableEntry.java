package no.samspill.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.samspill.actionplan.EntryKind;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "round_table_entry")
public class RoundTableEntry extends VersionedEntity {

    @Column(name = "conference_id", nullable = false, updatable = false)
    private long conferenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind = EntryKind.AGENDA;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text = "";

    @Column(name = "item_id")
    private @Nullable Long itemId;

    protected RoundTableEntry() {
    }

    public RoundTableEntry(long conferenceId, EntryKind kind, int position, String text) {
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.position = position;
        this.text = text;
    }

    public void becameItem(long itemId) {
        this.itemId = itemId;
    }

    public void reopen() {
        this.itemId = null;
    }

    public long getConferenceId() {
        return conferenceId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public @Nullable Long getItemId() {
        return itemId;
    }
}
