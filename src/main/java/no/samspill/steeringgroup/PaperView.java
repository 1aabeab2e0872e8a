package no.samspill.steeringgroup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A whole case paper with its decisions, for the paper page and the package. */
public record PaperView(long id, long version, String number, long groupId, String groupName, PaperForm content,
        @Nullable String projectReference, @Nullable String projectTitle, List<DecisionRow> decisions,
        List<AttachmentRow> attachments, boolean canEdit) {

    public PaperView {
        decisions = List.copyOf(decisions);
        attachments = List.copyOf(attachments);
    }
}
