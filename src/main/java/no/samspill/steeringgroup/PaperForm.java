package no.samspill.steeringgroup;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The content of a case paper (saksframlegg, seed 003): to, from and date; exemption from public disclosure with
 * its legal basis; title and summary; the optional sections in Markdown; the proposed conclusion as numbered
 * points; the project it concerns and the kind of decision it asks for.
 */
public record PaperForm(String addressedTo, String from, LocalDate date, boolean exempt, String legalBasis,
        String title, String summary, String background, String considerations, String process, String assessment,
        String budget, String reputation, String checkpoints, List<String> proposal, @Nullable Long projectId,
        @Nullable DecisionKind decisionKind) {

    public PaperForm {
        proposal = List.copyOf(proposal);
    }
}
