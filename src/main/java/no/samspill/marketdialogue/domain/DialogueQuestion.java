package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import no.samspill.marketdialogue.QuestionType;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "dialogue_question")
public class DialogueQuestion extends VersionedEntity {

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2000)
    private String text = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionType type = QuestionType.FREE_TEXT;

    @Column(name = "max_length")
    private @Nullable Integer maxLength;

    @Column(length = 40)
    private @Nullable String unit;

    /** Choice options, one per line: a short list that is always read and written whole. */
    @Column(columnDefinition = "TEXT")
    private @Nullable String options;

    @Column(nullable = false)
    private boolean required;

    protected DialogueQuestion() {
    }

    public DialogueQuestion(long dialogueId, long sectionId, int position) {
        this.dialogueId = dialogueId;
        this.sectionId = sectionId;
        this.position = position;
    }

    public void define(String text, QuestionType type, @Nullable Integer maxLength, @Nullable String unit,
            List<String> options, boolean required) {
        this.text = text;
        this.type = type;
        this.maxLength = maxLength;
        this.unit = unit;
        this.options = options.isEmpty() ? null : String.join("\n", options);
        this.required = required;
    }

    public long getDialogueId() {
        return dialogueId;
    }

    public long getSectionId() {
        return sectionId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getText() {
        return text;
    }

    public QuestionType getType() {
        return type;
    }

    public @Nullable Integer getMaxLength() {
        return maxLength;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public boolean isRequired() {
        return required;
    }
}
