package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.marketdialogue.ClarificationStatus;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/**
 * A supplier's question to the buyer. Published, it gets a number and a text the buyer may have edited to remove
 * who asked; the original stays here for the buyer and the asker only.
 */
@Entity
@Table(name = "dialogue_clarification")
public class Clarification extends VersionedEntity {

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(name = "question_text", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String questionText = "";

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt = Instant.EPOCH;

    @Column(name = "asked_by", nullable = false, updatable = false, length = 254)
    private String askedBy = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClarificationStatus status = ClarificationStatus.OPEN;

    @Column(name = "answer_text", columnDefinition = "TEXT")
    private @Nullable String answerText;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Column(name = "answered_by", length = 254)
    private @Nullable String answeredBy;

    @Column(name = "private_reason", length = 1000)
    private @Nullable String privateReason;

    @Column(name = "published_question", columnDefinition = "TEXT")
    private @Nullable String publishedQuestion;

    @Column(name = "published_number")
    private @Nullable Integer publishedNumber;

    protected Clarification() {
    }

    public Clarification(long dialogueId, long participantId, String questionText, Instant askedAt, String askedBy) {
        this.dialogueId = dialogueId;
        this.participantId = participantId;
        this.questionText = questionText;
        this.askedAt = askedAt;
        this.askedBy = askedBy;
    }

    public void answerPrivately(String answer, String reason, Instant now, String by) {
        this.status = ClarificationStatus.ANSWERED_PRIVATELY;
        this.answerText = answer;
        this.privateReason = reason;
        this.answeredAt = now;
        this.answeredBy = by;
    }

    public void publish(String question, String answer, int number, Instant now, String by) {
        this.status = ClarificationStatus.PUBLISHED;
        this.publishedQuestion = question;
        this.answerText = answer;
        this.publishedNumber = number;
        this.answeredAt = now;
        this.answeredBy = by;
    }

    public long getDialogueId() {
        return dialogueId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public String getQuestionText() {
        return questionText;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public ClarificationStatus getStatus() {
        return status;
    }

    public @Nullable String getAnswerText() {
        return answerText;
    }

    public @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    public @Nullable String getAnsweredBy() {
        return answeredBy;
    }

    public @Nullable String getPrivateReason() {
        return privateReason;
    }

    public @Nullable String getPublishedQuestion() {
        return publishedQuestion;
    }

    public @Nullable Integer getPublishedNumber() {
        return publishedNumber;
    }
}
