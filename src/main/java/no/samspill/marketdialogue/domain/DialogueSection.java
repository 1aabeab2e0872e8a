package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.samspill.platform.VersionedEntity;

@Entity
@Table(name = "dialogue_section")
public class DialogueSection extends VersionedEntity {

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title = "";

    protected DialogueSection() {
    }

    public DialogueSection(long dialogueId, int position, String title) {
        this.dialogueId = dialogueId;
        this.position = position;
        this.title = title;
    }

    public long getDialogueId() {
        return dialogueId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }
}
