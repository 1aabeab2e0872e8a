package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** One answer in a supplier's response. Choices are stored one per line in the text value. */
@Entity
@Table(name = "dialogue_answer")
public class DialogueAnswer extends VersionedEntity {

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "text_value", columnDefinition = "TEXT")
    private @Nullable String textValue;

    @Column(name = "number_value", precision = 19, scale = 4)
    private @Nullable BigDecimal numberValue;

    @Column(name = "bool_value")
    private @Nullable Boolean boolValue;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy = "";

    protected DialogueAnswer() {
    }

    public DialogueAnswer(long participantId, long questionId) {
        this.participantId = participantId;
        this.questionId = questionId;
    }

    public void set(@Nullable String text, @Nullable BigDecimal number, @Nullable Boolean bool, Instant now,
            String by) {
        this.textValue = text;
        this.numberValue = number;
        this.boolValue = bool;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public long getParticipantId() {
        return participantId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public @Nullable String getTextValue() {
        return textValue;
    }

    public @Nullable BigDecimal getNumberValue() {
        return numberValue;
    }

    public @Nullable Boolean getBoolValue() {
        return boolValue;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
