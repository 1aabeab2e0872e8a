package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import no.samspill.marketdialogue.DialogueStatus;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.ParticipantStatus;
import org.jspecify.annotations.Nullable;

/** Badges for a dialogue (draft, open, closed) and for a supplier's response status. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(DialogueSummary d, Instant now) {
        String key = d.status() != DialogueStatus.PUBLISHED ? "dialogue.state.draft"
                : now.isBefore(d.deadline()) ? "dialogue.state.open" : "dialogue.state.closed";
        return badge(key, key.endsWith("open") ? "badge success" : key.endsWith("draft") ? "badge contrast" : "badge");
    }

    static Span of(@Nullable ParticipantStatus status) {
        String key = "response.status." + (status == null ? "NEW" : status.name());
        return badge(key, status == ParticipantStatus.SUBMITTED ? "badge success"
                : status == ParticipantStatus.DRAFT ? "badge" : "badge contrast");
    }

    private static Span badge(String key, String theme) {
        Span span = new Span(UI.getCurrent().getTranslation(key));
        span.getElement().getThemeList().add(theme);
        return span;
    }
}
